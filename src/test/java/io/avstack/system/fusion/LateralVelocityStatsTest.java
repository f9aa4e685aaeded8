package io.avstack.system.fusion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.GroundTruthObject;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.PlanarVelocity;
import io.avstack.core.msg.Pose;
import io.avstack.core.msg.TrackedObject;
import org.junit.jupiter.api.Test;

/** {@link LateralVelocityStats}: velocity errors across the object's true heading, near and far, vehicles only. */
class LateralVelocityStatsTest {

    private static GroundTruthObject truth(ObjectClass cls, double yawRad, double vx, double vy) {
        return new GroundTruthObject(1, cls, Pose.planar(0, 0, yawRad), new Dimensions(4.6, 1.85, 1.5),
                new PlanarVelocity(vx, vy));
    }

    private static TrackedObject track(double vx, double vy) {
        return new TrackedObject(7, ObjectClass.CAR, 0, 0, 0.75, 0, new PlanarVelocity(vx, vy), 0, 0,
                new Dimensions(4.6, 1.85, 1.5), 0.1, 0.1, 0.1, 0.1, 0.9, 0, TrackedObject.SENSOR_LIDAR);
    }

    @Test
    void theErrorIsMeasuredAcrossTheTrueHeadingAndSplitByRange() {
        LateralVelocityStats stats = new LateralVelocityStats();
        // heading along +y: an x error is across it (sign: -x is to the left of +y)
        stats.onMatch(0, truth(ObjectClass.CAR, Math.PI / 2, 0, 10), track(0.5, 11), 20, 0.1, 1.1);
        stats.onMatch(0, truth(ObjectClass.CAR, Math.PI / 2, 0, 10), track(-1.5, 10), 20, 0.1, 1.5);
        stats.onMatch(0, truth(ObjectClass.CAR, 0, -20, 0), track(-20, 2.0), 90, 0.5, 2.0);
        stats.onMatch(0, truth(ObjectClass.PEDESTRIAN, 0, 1, 0), track(1, 3.0), 10, 0.1, 3.0); // not a vehicle
        assertThat(stats.lateralRmse(0)).isCloseTo(Math.sqrt((0.25 + 2.25) / 2), within(1e-9));
        assertThat(stats.lateralMax(0)).isCloseTo(1.5, within(1e-9));
        assertThat(stats.lateralRmse(1)).isCloseTo(2.0, within(1e-9));
        assertThat(stats.line()).contains("n 2/1");
    }
}
