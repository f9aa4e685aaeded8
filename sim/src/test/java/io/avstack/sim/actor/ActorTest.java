package io.avstack.sim.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.config.ConfigException;
import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.GroundTruthObject;
import io.avstack.core.msg.ObjectClass;
import io.avstack.sim.vehicle.AllocationMeter;
import java.util.List;
import org.junit.jupiter.api.Test;

class ActorTest {

    private static final long DT_NS = 10_000_000L;
    private static final double DT_S = 0.01;
    private static final IdmParams IDM = new IdmParams(30.0, 1.5, 2.0, 1.0, 1.5, 4.0);

    private static Actor car(double startSpeedMps, Action behaviour, ScriptedEvent... events) {
        return new Actor(new ActorSpec(7, ActorKind.CAR, null, 0.0, startSpeedMps, 0.0, behaviour,
                List.of(events)), StraightPath.alongX());
    }

    private static ScriptedEvent at(double timeS, Action action) {
        return new ScriptedEvent(new Trigger.AtTime(timeS), action);
    }

    /** Steps {@code steps} times from time 0 with no surroundings. */
    private static void run(Actor actor, int steps) {
        run(actor, 0, steps);
    }

    /** Steps {@code actor} from step {@code firstStep} to {@code endStep} (exclusive), no surroundings. */
    private static void run(Actor actor, int firstStep, int endStep) {
        for (int k = firstStep; k < endStep; k++) {
            actor.step(k * DT_NS, DT_NS, Surroundings.NONE);
        }
    }

    @Test
    void holdSpeedKeepsSpeed() {
        Actor actor = car(12.0, new Action.HoldSpeed());

        run(actor, 500);

        assertThat(actor.speedMps()).isEqualTo(12.0);
        assertThat(actor.sM()).isCloseTo(60.0, within(1e-9));
        assertThat(actor.xM()).isCloseTo(60.0, within(1e-9));
    }

    @Test
    void idmOnAFreeRoadApproachesDesiredSpeedFromBelow() {
        Actor actor = car(0.0, new Action.FollowLead(IDM));
        double maxSpeed = 0.0;

        for (int k = 0; k < 12_000; k++) {
            actor.step(k * DT_NS, DT_NS, Surroundings.NONE);
            maxSpeed = Math.max(maxSpeed, actor.speedMps());
        }

        assertThat(actor.speedMps()).isCloseTo(30.0, within(0.01));
        assertThat(maxSpeed).isLessThanOrEqualTo(30.0);
    }

    @Test
    void idmSettlesAtTheEquilibriumGapBehindASteadyLead() {
        double leadSpeedMps = 10.0;
        double lengthM = ActorKind.CAR.defaultDims().lengthM();
        Actor follower = car(20.0, new Action.FollowLead(IDM));
        double leadSM = 80.0;
        var around = new MutableSurroundings();

        for (int k = 0; k < 30_000; k++) {
            double gapM = leadSM - follower.sM() - lengthM;
            follower.step(k * DT_NS, DT_NS, around.lead(gapM, leadSpeedMps));
            leadSM += leadSpeedMps * DT_S;
            assertThat(leadSM - follower.sM() - lengthM).isPositive();
        }

        double gapM = leadSM - follower.sM() - lengthM;
        double expectedM = Idm.equilibriumGapM(IDM, leadSpeedMps);
        assertThat(gapM).isCloseTo(expectedM, within(expectedM * 0.01));
        assertThat(follower.speedMps()).isCloseTo(leadSpeedMps, within(0.01));
    }

    @Test
    void idmWithASmallGapBrakesAtTheKindsPhysicalLimit() {
        Actor follower = car(20.0, new Action.FollowLead(IDM));

        follower.step(0L, DT_NS, new FixedSurroundings(3.0, 0.0, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY));

        assertThat(follower.accelMps2()).isCloseTo(-ActorKind.CAR.maxDecelMps2(), within(1e-9));
    }

    @Test
    void nanFromTheWorldBrakesHardAndIsCounted() {
        Actor follower = car(20.0, new Action.FollowLead(IDM));

        follower.step(0L, DT_NS, new FixedSurroundings(Double.NaN, 10.0, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY));
        follower.step(DT_NS, DT_NS, new FixedSurroundings(30.0, Double.NaN, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY));

        assertThat(follower.rejectedInputCount()).isEqualTo(2);
        assertThat(follower.speedMps()).isCloseTo(20.0 - 2 * 9.0 * DT_S, within(1e-9));
        assertThat(follower.sM()).isFinite();
    }

    @Test
    void timeTriggerFiresAtTheFirstStepAtOrAfterItsTimeAndOnlyOnce() {
        Actor actor = car(10.0, new Action.HoldSpeed(),
                at(1.0, new Action.Brake(3.0)),
                at(1.5, new Action.AccelerateTo(12.0, 1.0)));

        for (int k = 0; k < 100; k++) {
            actor.step(k * DT_NS, DT_NS, Surroundings.NONE);
            assertThat(actor.hasFired(0)).isFalse();
            assertThat(actor.accelMps2()).isZero();
        }
        actor.step(100 * DT_NS, DT_NS, Surroundings.NONE);
        assertThat(actor.hasFired(0)).isTrue();
        assertThat(actor.accelMps2()).isCloseTo(-3.0, within(1e-9));

        for (int k = 101; k < 400; k++) {
            actor.step(k * DT_NS, DT_NS, Surroundings.NONE);
            assertThat(actor.hasFired(1)).isEqualTo(k >= 150);
        }
        // the brake trigger still holds but did not fire again: the actor accelerates to 12 m/s
        assertThat(actor.behaviour()).isEqualTo(new Action.AccelerateTo(12.0, 1.0));
        assertThat(actor.speedMps()).isCloseTo(10.0 - 0.5 * 3.0 + 2.5, within(1e-9));
    }

    @Test
    void egoGapTriggerFiresAtTheStepTheGapFirstDropsBelowItsThreshold() {
        Actor actor = car(10.0, new Action.HoldSpeed(),
                new ScriptedEvent(new Trigger.EgoGapBelow(50.0), new Action.Brake(2.0)));
        var around = new MutableSurroundings();

        for (int k = 0; k < 100; k++) {
            actor.step(k * DT_NS, DT_NS, around.ego(100.0 - k, Double.POSITIVE_INFINITY));
            assertThat(actor.hasFired(0)).isEqualTo(k >= 50);
        }
    }

    @Test
    void timeToCollisionTriggerFiresOnceBelowItsThreshold() {
        Actor actor = car(10.0, new Action.HoldSpeed(),
                new ScriptedEvent(new Trigger.TimeToCollisionBelow(2.0),
                        new Action.ChangeLane(3.5, 2.0)));
        var around = new MutableSurroundings();

        for (int k = 0; k < 30; k++) {
            double ttcS = k < 20 ? 5.0 - 0.2 * k : Double.POSITIVE_INFINITY;
            actor.step(k * DT_NS, DT_NS, around.ego(30.0, ttcS));
            // 5 - 0.2 k <= 2 first at k = 15
            assertThat(actor.hasFired(0)).isEqualTo(k >= 15);
        }
        assertThat(actor.offsetM()).isPositive();
    }

    @Test
    void brakeActionStopsAfterVSquaredOverTwoA() {
        for (double[] va : new double[][] {{20.0, 4.0}, {13.9, 6.5}, {8.0, 1.0}}) {
            Actor actor = car(va[0], new Action.HoldSpeed(), at(0.0, new Action.Brake(va[1])));

            run(actor, 3_000);

            double expectedM = va[0] * va[0] / (2.0 * va[1]);
            assertThat(actor.speedMps()).isZero();
            assertThat(actor.sM()).isCloseTo(expectedM, within(expectedM * 1e-9));
        }
    }

    @Test
    void accelerateToSlowsDownOrSpeedsUpExactlyToTheTarget() {
        Actor slower = car(10.0, new Action.AccelerateTo(5.0, 2.0));
        Actor faster = car(0.0, new Action.AccelerateTo(5.0, 2.0));

        run(slower, 500);
        run(faster, 500);

        // 10 -> 5 m/s at 2 m/s²: 2.5 s and 18.75 m, then 2.5 s at 5 m/s
        assertThat(slower.speedMps()).isEqualTo(5.0);
        assertThat(slower.sM()).isCloseTo(18.75 + 12.5, within(1e-9));
        // 0 -> 5 m/s: 2.5 s and 6.25 m, then 12.5 m
        assertThat(faster.speedMps()).isEqualTo(5.0);
        assertThat(faster.sM()).isCloseTo(6.25 + 12.5, within(1e-9));
    }

    @Test
    void cutInMovesTheOffsetAlongTheSmoothProfileOverItsDuration() {
        // starts in the left lane (+3.5 m) and cuts in to the ego's lane (0 m) over 3 s from t = 1 s
        Actor actor = new Actor(new ActorSpec(3, ActorKind.CAR, null, 0.0, 15.0, 3.5,
                new Action.HoldSpeed(), List.of(at(1.0, new Action.ChangeLane(0.0, 3.0)))),
                StraightPath.alongX());

        for (int k = 0; k < 600; k++) {
            actor.step(k * DT_NS, DT_NS, Surroundings.NONE);
            double endS = (k + 1) * DT_S;
            double expected = LateralProfile.offsetM(3.5, 0.0, (endS - 1.0) / 3.0);
            assertThat(actor.offsetM()).isCloseTo(expected, within(1e-9));
            assertThat(actor.yM()).isCloseTo(expected, within(1e-9));
            if (k == 99) {
                assertThat(actor.offsetM()).isEqualTo(3.5);
            }
            if (k == 249) {
                assertThat(actor.offsetM()).isCloseTo(1.75, within(1e-9));
                assertThat(actor.offsetRateMps()).isNegative();
                assertThat(actor.yawRad()).isNegative();
            }
        }
        assertThat(actor.offsetM()).isEqualTo(0.0);
        assertThat(actor.offsetRateMps()).isZero();
        assertThat(actor.yawRad()).isZero();
        assertThat(actor.speedMps()).isEqualTo(15.0);
    }

    @Test
    void pedestrianStartsCrossingAndStopsAtTheFarEnd() {
        Path crosswalk = new StraightPath(20.0, -4.0, Math.PI / 2, 8.0);
        Actor walker = new Actor(new ActorSpec(11, ActorKind.PEDESTRIAN, null, 0.0, 0.0, 0.0,
                new Action.HoldSpeed(), List.of(at(2.0, new Action.SetSpeed(1.4)))), crosswalk);

        run(walker, 0, 200);
        assertThat(walker.sM()).isZero();
        run(walker, 200, 400);
        assertThat(walker.sM()).isCloseTo(1.4 * 2.0, within(1e-9));
        assertThat(walker.yM()).isCloseTo(-4.0 + 2.8, within(1e-9));
        run(walker, 400, 1_200);
        assertThat(walker.sM()).isEqualTo(8.0);
        assertThat(walker.speedMps()).isZero();
        assertThat(walker.xM()).isCloseTo(20.0, within(1e-9));
        assertThat(walker.yM()).isCloseTo(4.0, within(1e-9));
    }

    @Test
    void groundTruthCarriesIdClassPoseAndVelocity() {
        Path diagonal = new StraightPath(0.0, 0.0, Math.PI / 4, 1_000.0);
        Actor truck = new Actor(new ActorSpec(42, ActorKind.TRUCK, new Dimensions(12.0, 2.55, 4.0), 10.0,
                10.0, 0.0, new Action.HoldSpeed(), List.of()), diagonal);

        GroundTruthObject truth = truck.toGroundTruth();

        assertThat(truth.actorId()).isEqualTo(42);
        assertThat(truth.cls()).isEqualTo(ObjectClass.TRUCK);
        assertThat(truth.dims().lengthM()).isEqualTo(12.0);
        assertThat(truth.pose().xM()).isCloseTo(10.0 / Math.sqrt(2), within(1e-9));
        assertThat(truth.pose().yawRad()).isCloseTo(Math.PI / 4, within(1e-12));
        assertThat(truth.velocity().vxMps()).isCloseTo(10.0 / Math.sqrt(2), within(1e-9));
        assertThat(truth.velocity().vyMps()).isCloseTo(10.0 / Math.sqrt(2), within(1e-9));
    }

    @Test
    void kindDefaultsApplyWhenNoDimsAreGiven() {
        Actor cyclist = new Actor(new ActorSpec(1, ActorKind.CYCLIST, null, 0.0, 4.0, 0.0,
                new Action.HoldSpeed(), List.of()), StraightPath.alongX());

        assertThat(cyclist.dims()).isEqualTo(ActorKind.CYCLIST.defaultDims());
        assertThat(cyclist.kind().objectClass()).isEqualTo(ObjectClass.CYCLIST);
    }

    @Test
    void invalidSpecsFailNamingTheField() {
        assertThatThrownBy(() -> car(10.0, new Action.ChangeLane(3.5, 2.0)))
                .isInstanceOf(ConfigException.class).hasMessageContaining("behaviour");
        assertThatThrownBy(() -> car(10.0, new Action.HoldSpeed(), at(1.0, new Action.Brake(0.0))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("decelMps2");
        assertThatThrownBy(() -> car(-1.0, new Action.HoldSpeed()))
                .isInstanceOf(ConfigException.class).hasMessageContaining("startSpeedMps");
        assertThatThrownBy(() -> new Actor(new ActorSpec(1, ActorKind.CAR, null, 50.0, 1.0, 0.0,
                new Action.HoldSpeed(), List.of()), new StraightPath(0, 0, 0, 10.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("startSM");
        Actor actor = car(1.0, new Action.HoldSpeed());
        assertThatThrownBy(() -> actor.step(0L, 0L, Surroundings.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dtNs");
    }

    @Test
    void steppingAllocatesNothing() {
        Actor actor = car(10.0, new Action.FollowLead(IDM),
                at(1.0, new Action.ChangeLane(3.5, 4.0)),
                at(400.0, new Action.Brake(2.0)),
                new ScriptedEvent(new Trigger.EgoGapBelow(200.0), new Action.FollowLead(IDM)),
                new ScriptedEvent(new Trigger.TimeToCollisionBelow(0.5), new Action.SetSpeed(1.0)));
        var around = new MutableSurroundings().ego(100.0, 10.0);
        run(actor, 0, 20_000); // warm up: class loading, JIT, pattern-switch linkage
        long before = AllocationMeter.allocatedBytes();

        for (int k = 20_000; k < 120_000; k++) {
            actor.step(k * DT_NS, DT_NS, around.lead(40.0 + (k % 100), 8.0));
        }

        assertThat(AllocationMeter.allocatedBytes() - before).isLessThan(4_096);
        assertThat(actor.hasFired(2)).isTrue();
    }
}
