package io.avstack.fusion.track;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.Fixtures;
import io.avstack.fusion.config.FusionConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A published track carries its position's full 2x2 covariance: a car seen by the camera alone is
 * known across its line of sight to a few tens of centimetres and along it to metres, and at a
 * bearing of +-20 degrees that uncertainty lies along neither map axis.
 */
class PublishedCovarianceTest {

    private static final long FRAME_NS = 33_333_333L;
    private final FusionConfig config = Fixtures.config();

    private TrackedObject cameraOnlyCar(double bearingRad) {
        Tracker tracker = new Tracker(config);
        double range = 30;
        double x = range * Math.cos(bearingRad);
        double y = range * Math.sin(bearingRad);
        for (int i = 0; i < 30; i++) {
            MeasurementBatch b = Fixtures.cameraBatch(config, i * FRAME_NS);
            Fixtures.addCameraPoint(b, ObjectClass.CAR, 0.9, x, y, config.camera().rangeSigmaM(range),
                    range * config.camera().bearingSigmaRad());
            tracker.process(b);
        }
        List<TrackedObject> out = new ArrayList<>();
        tracker.output(out);
        assertThat(out).hasSize(1);
        return out.get(0);
    }

    private static double correlation(TrackedObject o) {
        return o.covXYM2() / Math.sqrt(o.varXM2() * o.varYM2());
    }

    @Test
    void aCameraTrackIsUncertainAlongItsLineOfSightNotAlongTheMapAxes() {
        TrackedObject left = cameraOnlyCar(Math.toRadians(20));
        TrackedObject right = cameraOnlyCar(Math.toRadians(-20));
        assertThat(correlation(left)).as("x and y err together along the line of sight").isGreaterThan(0.8);
        assertThat(correlation(right)).isLessThan(-0.8);
        double c = Math.cos(Math.toRadians(20));
        double s = Math.sin(Math.toRadians(20));
        double along = left.positionVarianceAlong(c, s);
        double across = left.positionVarianceAlong(-s, c);
        assertThat(across).as("across the line of sight").isLessThan(0.05 * along);
        // the variances alone would put most of the range's uncertainty across it
        assertThat(s * s * left.varXM2() + c * c * left.varYM2()).isGreaterThan(5 * across);
        assertThat(left.velocityVarianceAlong(-s, c)).isLessThan(left.velocityVarianceAlong(c, s));
    }
}
