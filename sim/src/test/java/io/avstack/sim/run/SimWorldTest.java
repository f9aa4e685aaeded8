package io.avstack.sim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.sim.actor.Action;
import io.avstack.sim.actor.ActorKind;
import io.avstack.sim.actor.ActorSpec;
import io.avstack.sim.actor.StraightPath;
import io.avstack.sim.scene.Scene;
import io.avstack.core.map.Road;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimWorldTest {

    private final Road road = RunFixtures.straight(1000, 30);

    @Test
    void egoStoppingDistanceMatchesKinematicsWithinOnePercent() {
        double v = 20.0;
        double decel = 6.0;
        SimWorld world = new SimWorld(road, RunFixtures.car(0.0), new EgoStart(-1, 100, v), List.of(), RunFixtures.TICK_NS);
        double startX = world.ego().xM();
        for (int i = 0; i < 2000 && (i == 0 || world.ego().speedMps() > 0); i++) {
            world.step(-decel, 0.0);
        }
        double travelled = world.ego().xM() - startX;
        assertThat(world.ego().speedMps()).isZero();
        assertThat(travelled).isCloseTo(v * v / (2 * decel), within(0.01 * v * v / (2 * decel)));
    }

    @Test
    void oncomingLanePathRunsTowardsDecreasingS() {
        LanePath path = new LanePath(road, 1);
        assertThat(path.xM(0)).isEqualTo(1000.0);
        assertThat(path.yM(0)).isCloseTo(1.75, within(1e-9));
        assertThat(path.xM(100)).isCloseTo(900.0, within(1e-9));
        assertThat(Math.cos(path.yawRad(50))).isCloseTo(-1.0, within(1e-12));
        LanePath forward = new LanePath(road, -1);
        assertThat(forward.yM(10)).isCloseTo(-1.75, within(1e-9));
        assertThat(forward.roadS(forward.pathS(123.0))).isEqualTo(123.0);
    }

    @Test
    void headOnOverlapIsACollisionWithTheClosingSpeed() {
        // an oncoming car driving down the ego's lane (a straight path at the ego lane's centre, heading -x)
        ActorSpec wrongWay = new ActorSpec(7, ActorKind.CAR, null, 0, 10.0, 0.0, new Action.HoldSpeed(), List.of());
        ActorSetup actor = new ActorSetup(wrongWay, new StraightPath(160, -1.75, Math.PI, 200));
        SimWorld world = new SimWorld(road, RunFixtures.car(0.0), new EgoStart(-1, 100, 10.0), List.of(actor),
                RunFixtures.TICK_NS);
        for (int i = 0; i < 500 && world.collision() == null; i++) {
            world.step(0.0, 0.0);
        }
        assertThat(world.collision()).isNotNull();
        assertThat(world.collision().actorId()).isEqualTo(7);
        assertThat(world.collision().impactSpeedMps()).isCloseTo(20.0, within(1e-6));
        // gap at start: ego box front at 100 + 2.35 - 1.0 + 2.35 = 103.7; actor rear at 160 - 2.3; closing 20 m/s
        assertThat(world.collision().timeNs() / 1e9).isCloseTo((157.7 - 103.7) / 20.0, within(0.011));
    }

    @Test
    void carPassingInTheNextLaneIsANearMissNotACollision() {
        ActorSpec oncoming = RunFixtures.car(3, 0, 15.0);
        ActorSetup actor = new ActorSetup(oncoming, new LanePath(road, 1));
        SimWorld world = new SimWorld(road, RunFixtures.car(0.0), new EgoStart(-1, 100, 15.0), List.of(actor),
                RunFixtures.TICK_NS);
        for (int i = 0; i < 4000; i++) {
            world.step(0.0, 0.0);
        }
        assertThat(world.ego().xM()).isGreaterThan(world.actor(0).xM()); // they have passed each other
        assertThat(world.collision()).isNull();
    }

    @Test
    void actorsFollowTheEgoAsTheirLeadAndTheEgoSeesItsLead() {
        ActorSpec lead = RunFixtures.car(1, 150, 0.0);
        ActorSpec follower = new ActorSpec(2, ActorKind.CAR, null, 20, 10.0, 0.0,
                new Action.FollowLead(io.avstack.sim.actor.IdmParams.typicalCar(15)), List.of());
        SimWorld world = new SimWorld(road, RunFixtures.car(0.0), new EgoStart(-1, 100, 0.0),
                List.of(new ActorSetup(lead, new LanePath(road, -1)), new ActorSetup(follower, new LanePath(road, -1))),
                RunFixtures.TICK_NS);
        // ego box centre at 100 + 1.35 = 101.35, length 4.7; lead centre 150, length 4.6
        assertThat(world.egoLeadGapM()).isCloseTo(150 - 2.3 - 101.35 - 2.35, within(1e-9));
        for (int i = 0; i < 6000; i++) {
            world.step(0.0, 0.0);
        }
        // the IDM follower stopped behind the standing ego instead of driving into it
        assertThat(world.collision()).isNull();
        assertThat(world.actor(1).speedMps()).isLessThan(0.1);
        assertThat(world.actor(1).sM()).isLessThan(101.35 - 2.35 - 2.3).isGreaterThan(90);
        Scene scene = world.scene();
        assertThat(scene.objects()).extracting(o -> o.actorId()).containsExactly(1L, 2L);
        assertThat(scene.egoPose().xM()).isCloseTo(100.0, within(1e-9));
    }
}
