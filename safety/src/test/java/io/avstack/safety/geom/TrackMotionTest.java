package io.avstack.safety.geom;

import static io.avstack.safety.Fixtures.car;
import static io.avstack.safety.Fixtures.world;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.WorldModel;
import io.avstack.safety.Fixtures;
import org.junit.jupiter.api.Test;

class TrackMotionTest {

    private final TrackMotion motion = new TrackMotion();

    /** World model {@code k} (10 Hz) with track 7 at (x, y). */
    private static WorldModel at(int k, double xM, double yM) {
        return world(k * 100 * Fixtures.MS, car(7, xM, yM, 0, 20, 4));
    }

    @Test
    void theObservedVelocityIsThePositionsDifferenceOverAtLeastAQuarterSecond() {
        motion.record(at(0, 100, 3.0));
        assertThat(motion.vxMps(0)).isNaN();
        motion.record(at(1, 102, 3.0));
        motion.record(at(2, 104, 3.0));
        assertThat(motion.vxMps(0)).isNaN(); // 0.2 s of history: not enough
        motion.record(at(3, 106, 3.0));
        assertThat(motion.vxMps(0)).isCloseTo(20.0, within(1e-9));
        assertThat(motion.vyMps(0)).isCloseTo(0.0, within(1e-9)); // fusion says 4 m/s sideways: not observed
    }

    @Test
    void theSameWorldModelTwiceCountsOnceAndALostTrackIsForgotten() {
        WorldModel first = at(0, 100, 0);
        motion.record(first);
        motion.record(first);
        motion.record(at(1, 102, 0));
        motion.record(world(200 * Fixtures.MS)); // track 7 gone
        motion.record(at(3, 106, 0));
        motion.record(at(4, 108, 0));
        assertThat(motion.vxMps(0)).isNaN(); // starts over: 0.1 s of history
        motion.record(at(6, 112, 0));
        assertThat(motion.vxMps(0)).isCloseTo(20.0, within(1e-9));
    }

    @Test
    void manyTracksGrowThePool() {
        for (int k = 0; k < 5; k++) {
            var objects = new io.avstack.core.msg.TrackedObject[40];
            for (int i = 0; i < objects.length; i++) {
                objects[i] = car(i, 10 * i + 2 * k, 0, 0, 20, 0);
            }
            motion.record(world(k * 100 * Fixtures.MS, objects));
        }
        assertThat(motion.vxMps(39)).isCloseTo(20.0, within(1e-9));
    }
}
