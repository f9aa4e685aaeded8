package io.avstack.sim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.GroundTruth;
import io.avstack.core.msg.GroundTruthObject;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.PlanarVelocity;
import io.avstack.core.msg.Pose;
import io.avstack.core.map.Road;
import java.util.List;
import org.junit.jupiter.api.Test;

class InPathObjectsTest {

    private final Road road = RunFixtures.straight(1000, 30); // ego lane -1 centre at y = -1.75
    private final InPathObjects finder = new InPathObjects(road, RunFixtures.car(0.1), -1);
    private static final Dimensions CAR = new Dimensions(4.6, 1.85, 1.5);
    private static final Dimensions PED = new Dimensions(0.5, 0.6, 1.75);

    private static GroundTruth truth(long stampNs, GroundTruthObject... objects) {
        return new GroundTruth(Header.of("map", 0, stampNs), Pose.planar(0, 0, 0), 0, List.of(objects));
    }

    private static GroundTruthObject obj(long id, Dimensions d, double x, double y, double yaw, double vx, double vy) {
        return new GroundTruthObject(id, ObjectClass.CAR, Pose.planar(x, y, yaw), d, new PlanarVelocity(vx, vy));
    }

    @Test
    void carAheadInTheLaneIsTheLeadWithBumperGapAndSpeed() {
        finder.find(truth(0, obj(1, CAR, 150, -1.75, 0, 8, 0)), 100, 10);
        assertThat(finder.gapM()).isCloseTo(150 - 100 - 2.35 - 2.3, within(1e-9));
        assertThat(finder.leadSpeedMps()).isCloseTo(8, within(1e-12));
    }

    @Test
    void carsBesideOrBehindAreNot() {
        finder.find(truth(0, obj(1, CAR, 150, 1.75, Math.PI, -10, 0), obj(2, CAR, 80, -1.75, 0, 10, 0)), 100, 10);
        assertThat(finder.gapM()).isInfinite();
    }

    @Test
    void pedestrianAtTheKerbCountsOnlyOnceWalkingIntoThePath() {
        // 3 m right of the lane centre, 30 m ahead, ego at 10 m/s: arrives in ~2.6 s
        finder.find(truth(0, obj(9, PED, 130, -4.75, Math.PI / 2, 0, 0)), 100, 10);
        assertThat(finder.gapM()).isInfinite();
        // walking left at 1.4 m/s: reaches the corridor (~1.5 m) in ~1.1 s, before the ego
        finder.find(truth(100_000_000L, obj(9, PED, 130, -4.75, Math.PI / 2, 0, 1.4)), 100, 10);
        assertThat(finder.gapM()).isCloseTo(30 - 2.35 - 0.3, within(1e-6));
        assertThat(finder.leadSpeedMps()).isCloseTo(0, within(1e-9));
        // walking away from the lane: not in the path
        finder.find(truth(200_000_000L, obj(9, PED, 130, -4.75, -Math.PI / 2, 0, -1.4)), 100, 10);
        assertThat(finder.gapM()).isInfinite();
    }

    @Test
    void leadAccelerationComesFromConsecutiveTruthMessages() {
        finder.find(truth(0, obj(1, CAR, 150, -1.75, 0, 10, 0)), 100, 10);
        assertThat(finder.leadAccelMps2()).isZero();
        finder.find(truth(100_000_000L, obj(1, CAR, 151, -1.75, 0, 9.6, 0)), 100, 10);
        assertThat(finder.leadAccelMps2()).isCloseTo(-4.0, within(1e-9));
        // the same truth message again (the controller runs faster than ground truth): estimate kept
        finder.find(truth(100_000_000L, obj(1, CAR, 151, -1.75, 0, 9.6, 0)), 100, 10);
        assertThat(finder.leadAccelMps2()).isCloseTo(-4.0, within(1e-9));
    }
}
