package io.avstack.planning.behaviour;

import static io.avstack.planning.Fixtures.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.msg.ObjectClass;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every state of the behaviour machine and every transition out of it. */
class BehaviourMachineTest {

    private static final long S = 1_000_000_000L;
    private static final StopCause LEAD_7 = new StopCause(Binding.LEAD, null, 7, null);
    private static final StopCause RED = new StopCause(Binding.STOP, StopKind.RED_LIGHT, -1, "signal");
    private static final StopCause YIELD_3 = new StopCause(Binding.STOP, StopKind.YIELD, 3, null);
    private static final LaneChangeAdvice LEFT_STOPPED = new LaneChangeAdvice(-1, 2.0, LaneChangeAdvice.Why.STOPPED_AHEAD, 2,
            ObjectClass.CAR, 0.0);
    private static final LaneChangeAdvice LEFT_SLOWER = new LaneChangeAdvice(-1, 1.0, LaneChangeAdvice.Why.SLOWER_AHEAD, 2,
            ObjectClass.CAR, 8.0);

    private BehaviourMachine machine;

    @BeforeEach
    void setUp() {
        machine = new BehaviourMachine(CONFIG);
    }

    /** A driving input in lane -2 at 10 m/s, free road. */
    private static Input in() {
        return new Input();
    }

    private static final class Input {
        long nowNs;
        double speed = 10;
        int lane = -2;
        double d = -5.25;
        Binding binding = Binding.FREE;
        double accel = 0.5;
        StopCause cause;
        boolean blocks;
        LaneChangeAdvice advice = LaneChangeAdvice.NONE;
        boolean safe = true;

        Input at(long ns) { nowNs = ns; return this; }
        Input speed(double v) { speed = v; return this; }
        Input lane(int id, double dM) { lane = id; d = dM; return this; }
        Input bound(Binding b, double a, StopCause c) { binding = b; accel = a; cause = c; return this; }
        Input blocking(boolean b) { blocks = b; return this; }
        Input advise(LaneChangeAdvice a) { advice = a; return this; }
        Input unsafe() { safe = false; return this; }

        MachineInput build(BehaviourMachine m) {
            int target = m.targetLaneId();
            int origin = m.originLaneId();
            return new MachineInput(nowNs, speed, lane, d, binding, accel, cause, blocks, advice, safe,
                    target == 0 ? Double.NaN : -1.75 - 3.5 * (-target - 1),
                    origin == 0 ? Double.NaN : -1.75 - 3.5 * (-origin - 1));
        }
    }

    private BehaviourState step(Input input) {
        return machine.update(input.build(machine));
    }

    @Test
    void startsInLaneFollowAndStaysThereOnAFreeRoad() {
        assertThat(machine.state()).isEqualTo(BehaviourState.LANE_FOLLOW);
        assertThat(step(in())).isEqualTo(BehaviourState.LANE_FOLLOW);
        assertThat(machine.headingLaneId(-2)).isEqualTo(-2);
    }

    @Test
    void laneFollowToFollowLeadAndBack() {
        assertThat(step(in().bound(Binding.LEAD, -0.5, LEAD_7))).isEqualTo(BehaviourState.FOLLOW_LEAD);
        assertThat(step(in())).isEqualTo(BehaviourState.LANE_FOLLOW);
    }

    @Test
    void laneFollowToStopAtLineAndBack() {
        assertThat(step(in().bound(Binding.STOP, -1, RED))).isEqualTo(BehaviourState.STOP_AT_LINE);
        assertThat(step(in())).isEqualTo(BehaviourState.LANE_FOLLOW);
    }

    @Test
    void laneFollowToYieldAndBack() {
        assertThat(step(in().bound(Binding.STOP, -1, YIELD_3))).isEqualTo(BehaviourState.YIELD);
        assertThat(step(in())).isEqualTo(BehaviourState.LANE_FOLLOW);
    }

    @Test
    void followLeadToStopAtLineAndYield() {
        step(in().bound(Binding.LEAD, -0.5, LEAD_7));
        assertThat(step(in().bound(Binding.STOP, -1, RED))).isEqualTo(BehaviourState.STOP_AT_LINE);
        assertThat(step(in().bound(Binding.STOP, -1, YIELD_3))).isEqualTo(BehaviourState.YIELD);
        assertThat(step(in().bound(Binding.LEAD, -0.5, LEAD_7))).isEqualTo(BehaviourState.FOLLOW_LEAD);
    }

    @Test
    void stoppingBehindALeadEntersStoppedAndRemembersTheCause() {
        step(in().bound(Binding.LEAD, -0.5, LEAD_7));
        assertThat(step(in().speed(0.01).bound(Binding.LEAD, 0.1, LEAD_7))).isEqualTo(BehaviourState.STOPPED);
        assertThat(machine.stoppedCause()).isEqualTo(LEAD_7);
    }

    @Test
    void slowButFreeDoesNotStop() {
        assertThat(step(in().speed(0.01))).isEqualTo(BehaviourState.LANE_FOLLOW);
    }

    @Test
    void stoppedStaysWhileTheCauseBlocksAndMovesOffAfterTheRestartDelay() {
        step(in().speed(0).bound(Binding.STOP, -0.1, RED));
        assertThat(machine.state()).isEqualTo(BehaviourState.STOPPED);
        assertThat(step(in().at(1 * S).speed(0).bound(Binding.STOP, 0.3, RED).blocking(true)))
                .isEqualTo(BehaviourState.STOPPED);
        // light turned green: clear, but only after the restart delay
        long delay = Math.round(CONFIG.rules().restartDelayS() * 1e9);
        assertThat(step(in().at(2 * S).speed(0))).isEqualTo(BehaviourState.STOPPED);
        assertThat(step(in().at(2 * S + delay - 1).speed(0))).isEqualTo(BehaviourState.STOPPED);
        assertThat(step(in().at(2 * S + delay).speed(0))).isEqualTo(BehaviourState.LANE_FOLLOW);
        assertThat(machine.stoppedCause()).isNull();
    }

    @Test
    void aCauseReturningDuringTheRestartDelayRestartsIt() {
        step(in().speed(0).bound(Binding.LEAD, 0.1, LEAD_7));
        step(in().at(1 * S).speed(0));                      // clear from 1 s
        step(in().at(1 * S + 200_000_000L).speed(0).blocking(true)); // blocked again
        long delay = Math.round(CONFIG.rules().restartDelayS() * 1e9);
        assertThat(step(in().at(1 * S + delay).speed(0))).isEqualTo(BehaviourState.STOPPED);
    }

    @Test
    void stoppedMovesOffIntoTheDrivingStateOfWhatBindsThen() {
        step(in().speed(0).bound(Binding.LEAD, 0.1, LEAD_7));
        step(in().at(1 * S).speed(0).bound(Binding.LEAD, 0.8, LEAD_7));
        assertThat(step(in().at(3 * S).speed(0).bound(Binding.LEAD, 0.8, LEAD_7))).isEqualTo(BehaviourState.FOLLOW_LEAD);
    }

    @Test
    void stoppedBehindAStandingVehicleChangesLane() {
        step(in().speed(0).bound(Binding.LEAD, 0.1, LEAD_7));
        assertThat(step(in().speed(0).blocking(true).advise(LEFT_SLOWER))).isEqualTo(BehaviourState.STOPPED);
        assertThat(step(in().speed(0).blocking(true).advise(LEFT_STOPPED))).isEqualTo(BehaviourState.LANE_CHANGE);
        assertThat(machine.targetLaneId()).isEqualTo(-1);
        assertThat(machine.originLaneId()).isEqualTo(-2);
        assertThat(machine.laneChangeAdvice()).isEqualTo(LEFT_STOPPED);
    }

    @Test
    void drivingStatesStartALaneChangeWhenAdvised() {
        assertThat(step(in().advise(LEFT_SLOWER))).isEqualTo(BehaviourState.LANE_CHANGE);
        assertThat(machine.headingLaneId(-2)).isEqualTo(-1);
        machine = new BehaviourMachine(CONFIG);
        step(in().bound(Binding.LEAD, -0.5, LEAD_7));
        assertThat(step(in().bound(Binding.LEAD, -0.5, LEAD_7).advise(LEFT_STOPPED))).isEqualTo(BehaviourState.LANE_CHANGE);
    }

    @Test
    void aLaneChangeCompletesCentredInTheTargetLaneAndStartsTheCooldown() {
        step(in().at(0).advise(LEFT_SLOWER));
        assertThat(step(in().at(1 * S).lane(-2, -3.6))).isEqualTo(BehaviourState.LANE_CHANGE);
        assertThat(step(in().at(2 * S).lane(-1, -2.2))).isEqualTo(BehaviourState.LANE_CHANGE);
        assertThat(step(in().at(3 * S).lane(-1, -1.9))).isEqualTo(BehaviourState.LANE_FOLLOW);
        assertThat(machine.inCooldown(3 * S)).isTrue();
        assertThat(machine.inCooldown(3 * S + Math.round(CONFIG.laneChange().cooldownS() * 1e9))).isFalse();
        assertThat(machine.targetLaneId()).isZero();
    }

    @Test
    void aClosingGapBeforeCrossingAbortsTheChangeAndTheAbortEndsBackInTheOriginLane() {
        step(in().advise(LEFT_SLOWER));
        assertThat(step(in().at(1 * S).lane(-2, -4.5).unsafe())).isEqualTo(BehaviourState.ABORT_LANE_CHANGE);
        assertThat(machine.headingLaneId(-2)).isEqualTo(-2);
        assertThat(step(in().at(2 * S).lane(-2, -4.8))).isEqualTo(BehaviourState.ABORT_LANE_CHANGE);
        assertThat(step(in().at(3 * S).lane(-2, -5.1))).isEqualTo(BehaviourState.LANE_FOLLOW);
        assertThat(machine.inCooldown(3 * S)).isTrue();
    }

    @Test
    void onceInTheTargetLaneAClosingGapNoLongerAborts() {
        step(in().advise(LEFT_SLOWER));
        assertThat(step(in().at(1 * S).lane(-1, -3.0).unsafe())).isEqualTo(BehaviourState.LANE_CHANGE);
    }
}
