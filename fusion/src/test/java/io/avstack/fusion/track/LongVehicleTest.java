package io.avstack.fusion.track;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.Fixtures;
import io.avstack.fusion.config.FusionConfig;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * A truck beside or just behind the ego is seen in part: the camera's box of it is cut at the image's
 * side, the radar sees only the corner inside its field of view, the lidar boxes only its front. Neither may move its track (highway-cruise: the track of a
 * truck the ego was passing swung to +1.8 m/s towards the ego's lane and +3.6 m/s along it).
 */
class LongVehicleTest {

    private static final long LIDAR_PERIOD_NS = 100_000_000L;
    private final FusionConfig config = Fixtures.config();
    private final Tracker tracker = new Tracker(config);

    private void lidarTruck(long stampNs, double x, double y, double lengthM) {
        MeasurementBatch b = Fixtures.lidarBatch(config, stampNs);
        Measurement m = Fixtures.addBox(b, ObjectClass.TRUCK, x, y, 0.1);
        m.lengthM = lengthM;
        m.widthM = 2.5;
        m.heightM = 3.5;
        tracker.process(b);
    }

    private void cameraPoint(long stampNs, double x, double y) {
        MeasurementBatch b = Fixtures.cameraBatch(config, stampNs);
        Fixtures.addCameraPoint(b, ObjectClass.TRUCK, 0.7, x, y, 1.0, 0.3);
        tracker.process(b);
    }

    private Track onlyTrack() {
        assertThat(tracker.tracks()).hasSize(1);
        return tracker.tracks().get(0);
    }

    /** A standing 10 m truck centred at (x, -3.5), seen by the lidar for a second. */
    private Track standingTruck(double x) {
        for (int i = 0; i < 10; i++) {
            lidarTruck(i * LIDAR_PERIOD_NS, x, -3.5, 10);
        }
        return onlyTrack();
    }

    @Test
    void aCameraBoxOfATruckCutAtTheImageSideConfirmsItsTrackWithoutMovingIt() {
        // the truck spans x 3..13 beside the camera: its near rear corner is 46 deg off the boresight
        Track t = standingTruck(8);
        tracker.predictTo(10 * LIDAR_PERIOD_NS);
        // the track's visible point is (3.36, -2.25) (the middle of its angular extent, 10 to 58 deg
        // right); the network boxes part of the truck, its bottom centre 0.4 m off
        assertConfirmedWithoutMoving(t, () -> cameraPoint(10 * LIDAR_PERIOD_NS, 3.36, -1.85), tracker::cameraCut);
    }

    @Test
    void aRadarClusterOfATruckCutByTheRadarsFieldOfViewConfirmsItsTrackWithoutMovingIt() {
        // the truck spans x -3..7 beside the radar: its rear corners lie 128-143 deg off the boresight
        Track t = standingTruck(2);
        tracker.predictTo(10 * LIDAR_PERIOD_NS);
        // the track's visible point is (0.4, -2.25), the middle of its angular extent (18 to 143 deg
        // right); the radar sees the truck's side 1 m ahead of it, 58 deg right
        MeasurementBatch b = Fixtures.radarBatch(config, 10 * LIDAR_PERIOD_NS);
        Fixtures.addCluster(b, 1.4, -2.25, 0, 0).cls = ObjectClass.TRUCK;
        assertConfirmedWithoutMoving(t, () -> tracker.process(b), tracker::radarCut);
    }

    /** Runs {@code measurement}, which must count a hit of {@code t} and one more {@code cuts}, and leave its position. */
    private static void assertConfirmedWithoutMoving(Track t, Runnable measurement, LongSupplier cuts) {
        double x = t.xM();
        double y = t.yM();
        int hits = t.hits();
        long before = cuts.getAsLong();
        measurement.run();
        assertThat(t.hits()).isEqualTo(hits + 1);
        assertThat(cuts.getAsLong()).isEqualTo(before + 1);
        assertThat(t.xM()).isEqualTo(x);
        assertThat(t.yM()).isEqualTo(y);
    }

    @Test
    void aRadarClusterOfATruckWhollyInViewStillUpdatesIt() {
        Track t = standingTruck(40);
        tracker.predictTo(10 * LIDAR_PERIOD_NS);
        double y = t.yM();
        // 0.35 m left of the track's visible point (35, -3.25), the middle of its rear
        MeasurementBatch b = Fixtures.radarBatch(config, 10 * LIDAR_PERIOD_NS);
        Fixtures.addCluster(b, 35, -2.9, 0, 0).cls = ObjectClass.TRUCK;
        tracker.process(b);
        assertThat(tracker.radarCut()).isZero();
        assertThat(t.yM()).isGreaterThan(y);
    }

    @Test
    void aCameraBoxOfATruckWhollyInViewStillUpdatesIt() {
        Track t = standingTruck(40);
        tracker.predictTo(10 * LIDAR_PERIOD_NS);
        double y = t.yM();
        // 0.35 m left of the track's visible point (35, -3.25), the middle of its rear
        cameraPoint(10 * LIDAR_PERIOD_NS, 35, -2.9);
        assertThat(tracker.cameraCut()).isZero();
        assertThat(t.yM()).isGreaterThan(y + 0.005);
    }

    @Test
    void shortBoxesOfTheFrontOfATruckKeepItsCentreSpeedAndLength() {
        // a truck at 20 m/s: one second of full boxes, then 1.5 s of boxes of its front 7 m only
        double maxSpeedError = 0;
        double maxPositionError = 0;
        for (int i = 0; i < 25; i++) {
            double centre = 10 + 2.0 * i;
            boolean full = i < 10;
            lidarTruck(i * LIDAR_PERIOD_NS, full ? centre : centre + 1.5, -3.5, full ? 10 : 7);
            if (i >= 10) {
                Track t = onlyTrack();
                maxSpeedError = Math.max(maxSpeedError, Math.abs(t.vxMps() - 20));
                maxPositionError = Math.max(maxPositionError, Math.abs(t.xM() - centre));
            }
        }
        Track t = onlyTrack();
        assertThat(maxPositionError).isLessThan(0.2);
        assertThat(maxSpeedError).isLessThan(0.3);
        assertThat(t.lengthM()).isGreaterThan(9.5);
        assertThat(tracker.partialBoxes()).isEqualTo(15);
    }

    @Test
    void aTruckTrackedAtItsClassLengthKeepsItsCentreWhenItsLidarBoxesComeOutShort() {
        // a standing 10 m truck centred at (45, -3.5), its near face at 40: camera frames start its
        // track with the class's length; then the lidar boxes it 8.4-9.2 m long, the far end short
        for (int i = 0; i < 6; i++) {
            cameraPoint(i * LIDAR_PERIOD_NS / 2, 40, -3.5);
        }
        double[] lengths = {8.4, 9.2, 8.8, 9.0, 8.6, 9.2, 8.4, 9.0, 8.8, 9.2};
        double maxError = 0;
        for (int i = 0; i < lengths.length; i++) {
            long stampNs = (3 + i) * LIDAR_PERIOD_NS;
            lidarTruck(stampNs, 40 + lengths[i] / 2, -3.5, lengths[i]);
            cameraPoint(stampNs + LIDAR_PERIOD_NS / 2, 40, -3.5);
            maxError = Math.max(maxError, Math.abs(onlyTrack().xM() - 45));
        }
        // taken at once, the first box's length put the centre 0.8 m short and kept it there
        assertThat(maxError).isLessThan(0.3);
        assertThat(onlyTrack().lengthM()).isGreaterThan(9.5);
    }

    @Test
    void aTrucksFarCornerListedFirstStartsNoSecondTrack() {
        // one radar frame: the truck's far front corner (listed first), then the middle of its near rear face
        MeasurementBatch b = new MeasurementBatch();
        b.begin(TrackedObject.SENSOR_RADAR, 0, config.radar().common());
        b.setSensorPose(0, 0, 0, 0, 0);
        radarCluster(b, 70, 0.6, 0);
        radarCluster(b, 60, 0, 0);
        tracker.process(b);
        assertThat(tracker.tracks()).hasSize(1);
        assertThat(tracker.tracks().get(0).xM()).isGreaterThan(62).isLessThan(68);
    }

    @Test
    void aFarTrucksCornerJustOutsideItsBoxStartsNoSecondTrack() {
        // a truck driving away at 20 m/s, 80-100 m ahead: its rear face's middle and a front corner
        // whose azimuth noise (1 m across) puts it 0.7 m outside the track's box grown by the 1 m margin
        for (int i = 0; i < 20; i++) {
            double rear = 80 + 20.0 * i * 0.05;
            MeasurementBatch b = new MeasurementBatch();
            b.begin(TrackedObject.SENSOR_RADAR, i * 50_000_000L, config.radar().common());
            b.setSensorPose(0, 0, 0, 0, 0);
            radarCluster(b, rear, 0, 20);
            radarCluster(b, rear + 8, 1.25 + 1.0 + 0.7, 20);
            tracker.process(b);
        }
        assertThat(tracker.tracks()).hasSize(1);
        assertThat(tracker.tracks().get(0).cls()).isEqualTo(ObjectClass.TRUCK);
    }

    private static void radarCluster(MeasurementBatch b, double x, double y, double vxMps) {
        Measurement m = Fixtures.addCluster(b, x, y, vxMps, 0);
        m.cls = ObjectClass.TRUCK;
        m.score = 0.95;
    }
}
