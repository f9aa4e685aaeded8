package io.avstack.fusion.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.Fixtures;
import io.avstack.fusion.config.CameraParams;
import io.avstack.fusion.config.FusionConfig;
import org.junit.jupiter.api.Test;

/**
 * A camera frame that does not show a covered track counts against the track's existence in
 * proportion to the square of how big the object looks ({@link CameraParams#missWeight}): the detector
 * finds far pedestrians less often than cars, so its silence says less about them.
 */
class CameraMissTest {

    private static final long PERIOD_NS = 100_000_000L;
    private final FusionConfig config = Fixtures.config();

    /** Change of log-odds of a lidar-confirmed track at (x, 0) after one empty camera frame. */
    private double cameraMissLogOdds(ObjectClass cls, double xM) {
        Tracker tracker = new Tracker(config);
        for (int i = 0; i < 5; i++) {
            MeasurementBatch b = Fixtures.lidarBatch(config, i * PERIOD_NS);
            Fixtures.addBox(b, cls, xM, 0, 0.1);
            tracker.process(b);
        }
        Track t = tracker.tracks().get(0);
        double before = t.logOdds;
        MeasurementBatch camera = new MeasurementBatch();
        camera.begin(TrackedObject.SENSOR_CAMERA, 5 * PERIOD_NS, config.camera().common());
        camera.setSensorPose(0, 0, 0, 0, 0);
        tracker.process(camera);
        assertThat(tracker.tracks()).singleElement();
        return t.logOdds - before;
    }

    @Test
    void aFarPedestriansMissCountsLessThanANearOnesOrAFarCars() {
        double miss = config.camera().common().missLogOdds();
        // 0.6 m x 1.5 m: sqrt(0.9) / 50 m = 0.019 rad, under half of missFullSizeRad 0.04: a quarter of a miss
        double farPedestrian = cameraMissLogOdds(ObjectClass.PEDESTRIAN, 50);
        double ratio = Math.sqrt(0.6 * 1.5) / 50 / config.camera().missFullSizeRad();
        assertThat(farPedestrian).isCloseTo(miss * ratio * ratio, within(1e-6));
        assertThat(farPedestrian / miss).isLessThan(0.25);
        assertThat(cameraMissLogOdds(ObjectClass.PEDESTRIAN, 20)).isCloseTo(miss, within(1e-9));
        assertThat(cameraMissLogOdds(ObjectClass.CAR, 30)).isCloseTo(miss, within(1e-9));
    }

    @Test
    void aZeroFullSizeCountsEveryMissFully() {
        CameraParams c = config.camera();
        CameraParams off = new CameraParams(c.common(), c.bearingSigmaRad(), c.bearingPersistentSigmaRad(),
                c.longVehicleBearingRelSigma(),
                c.minRangeSigmaM(), c.rangeTableM(), c.rangeRelSigma(), c.classWeight(), 0.0);
        assertThat(off.missWeight(0.6, 1.75, 55)).isEqualTo(1.0);
        double ratio = Math.sqrt(0.6 * 1.75) / 55 / 0.04;
        assertThat(c.missWeight(0.6, 1.75, 55)).isCloseTo(ratio * ratio, within(1e-12));
        assertThat(c.missWeight(1.85, 1.5, 40)).isEqualTo(1.0);
    }
}
