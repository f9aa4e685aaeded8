package io.avstack.sim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.Pose;
import io.avstack.core.map.Road;
import java.util.List;
import org.junit.jupiter.api.Test;

class BasicEgoControllerTest {

    @Test
    void followsAStationaryLeadWithoutCollisionAndStopsBehindIt() {
        Road road = RunFixtures.straight(600, 20);
        SimSetup setup = RunFixtures.setup("stationary-lead", road, new EgoStart(-1, 10, 13.0), 13.0,
                List.of(new ActorSetup(RunFixtures.car(5, 200, 0.0), new LanePath(road, -1))), 40, 500);
        RunMetrics m = LockstepRunner.builder(setup).build().run();
        assertThat(m.collision()).isFalse();
        assertThat(m.verdict()).isEqualTo(Verdict.PASS);
        // IDM standstill gap 2.5 m; stopping on the way in, the final gap is the minimum
        assertThat(m.minGapM()).isBetween(1.0, 5.0);
        assertThat(m.maxDecelMps2()).isLessThan(9.0);
        assertThat(m.simTimeS()).isEqualTo(40.0);
    }

    @Test
    void stopsAtARedLightBeforeTheStopLine() {
        Road road = RunFixtures.straightWithRedLight(600, 20, 150);
        SimSetup setup = RunFixtures.setup("red-light", road, new EgoStart(-1, 10, 13.0), 13.0, List.of(), 40, 500);
        SimWorld[] seen = new SimWorld[1];
        RunMetrics m = LockstepRunner.builder(setup)
                .optSensor(world -> {
                    seen[0] = world;
                    return GroundTruthSensor.create("ego", 1.0);
                })
                .build().run();
        assertThat(m.redLightViolations()).isZero();
        assertThat(m.verdict()).isEqualTo(Verdict.PASS);
        assertThat(seen[0].egoFrontSM()).isLessThan(150.0).isGreaterThan(140.0);
        assertThat(seen[0].ego().speedMps()).isLessThan(0.05);
        assertThat(m.routeCompletion()).isLessThan(0.4);
    }

    @Test
    void keepsTheLaneCentreAndHoldsTheTargetSpeed() {
        Road road = RunFixtures.straight(2000, 20);
        BasicEgoController c = new BasicEgoController(road, RunFixtures.car(0.1), -1, 15.0, "ego");
        // 0.5 m right of the lane centre (y = -1.75), heading along +x: steer left, accelerate
        EgoState off = new EgoState(Header.of("map", 0, 0), Pose.planar(100, -2.25, 0), 10.0, 0, 0, 0);
        ControlCommand cmd = c.command(off, null);
        assertThat(cmd.steeringRad()).isPositive();
        assertThat(cmd.accelMps2()).isPositive();
        EgoState onCentre = new EgoState(Header.of("map", 1, 0), Pose.planar(100, -1.75, 0), 15.0, 0, 0, 0);
        assertThat(c.command(onCentre, null).steeringRad()).isCloseTo(0.0, within(1e-9));
        assertThat(c.command(onCentre, null).accelMps2()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void runsAtTheSpeedLimitWhenTheTargetIsHigher() {
        Road road = RunFixtures.straight(2000, 12);
        SimSetup setup = RunFixtures.setup("limit", road, new EgoStart(-1, 10, 0.0), 20.0, List.of(), 60, 1900);
        RunMetrics m = LockstepRunner.builder(setup).build().run();
        assertThat(m.speedLimitViolationS()).isZero();
        assertThat(m.routeCompletion()).isGreaterThan(0.3);
    }
}
