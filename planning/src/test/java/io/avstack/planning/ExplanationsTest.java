package io.avstack.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.msg.ObjectClass;
import io.avstack.planning.behaviour.LaneChangeAdvice;
import io.avstack.planning.behaviour.SpeedProfile;
import io.avstack.planning.behaviour.StopKind;
import io.avstack.planning.trajectory.Constraint;
import io.avstack.planning.trajectory.Fallback;
import org.junit.jupiter.api.Test;

/** The reason strings as documented in docs/PLANNING.md. */
class ExplanationsTest {

    @Test
    void followingAndCuttingIn() {
        assertThat(Explanations.following(ObjectClass.CAR, 7, 28.04, 24.06, false))
                .isEqualTo("following car 7 at 28.0 m, RSS gap 24.1 m");
        assertThat(Explanations.following(ObjectClass.TRUCK, 1, 12, 30.1, true))
                .isEqualTo("truck 1 cutting in at 12.0 m, RSS gap 30.1 m");
    }

    @Test
    void stoppingAndYielding() {
        assertThat(Explanations.stopping(StopKind.RED_LIGHT, 35)).isEqualTo("stopping for red light at 35.0 m");
        assertThat(Explanations.stopping(StopKind.YELLOW_LIGHT, 20.55)).isEqualTo("stopping for yellow light at 20.6 m");
        assertThat(Explanations.stopping(StopKind.UNKNOWN_LIGHT, 3)).isEqualTo("stopping for light of unknown state at 3.0 m");
        assertThat(Explanations.stopping(StopKind.ROUTE_END, 12)).isEqualTo("stopping at end of route in 12.0 m");
        assertThat(Explanations.yielding(ObjectClass.PEDESTRIAN, 3)).isEqualTo("yielding to pedestrian 3");
        assertThat(Explanations.yielding(ObjectClass.UNKNOWN, 4)).isEqualTo("yielding to object 4");
    }

    @Test
    void standingStill() {
        assertThat(Explanations.stoppedBehind(ObjectClass.CAR, 7)).isEqualTo("stopped behind car 7");
        assertThat(Explanations.stoppedFor(StopKind.RED_LIGHT, ObjectClass.UNKNOWN, -1)).isEqualTo("stopped for red light");
        assertThat(Explanations.stoppedFor(StopKind.YIELD, ObjectClass.CYCLIST, 2)).isEqualTo("stopped, yielding to cyclist 2");
    }

    @Test
    void laneKeepingAndChanging() {
        assertThat(Explanations.keepingLane(-1, 13.9, SpeedProfile.Limit.SPEED_LIMIT))
                .isEqualTo("keeping lane -1 at 13.9 m/s (speed limit)");
        assertThat(Explanations.keepingLane(-2, 8.04, SpeedProfile.Limit.CURVE)).isEqualTo("keeping lane -2 at 8.0 m/s (curve ahead)");
        assertThat(Explanations.changingLane(-1, LaneChangeAdvice.Why.STOPPED_AHEAD, ObjectClass.CAR, 2, 0))
                .isEqualTo("changing to lane -1: car 2 stopped ahead");
        assertThat(Explanations.changingLane(-1, LaneChangeAdvice.Why.SLOWER_AHEAD, ObjectClass.CAR, 2, 10))
                .isEqualTo("changing to lane -1: car 2 slower (10.0 m/s)");
        assertThat(Explanations.changingLane(-2, LaneChangeAdvice.Why.BACK_TO_ROUTE_LANE, ObjectClass.UNKNOWN, -1, 0))
                .isEqualTo("changing to lane -2: back to the route's lane");
        assertThat(Explanations.abortingLaneChange(-1)).isEqualTo("aborting change to lane -1: gap closing");
    }

    @Test
    void fallbacksAndDegradedInputs() {
        assertThat(Explanations.fallback(Fallback.EMERGENCY_BRAKING, Constraint.RSS_GAP))
                .isEqualTo("no feasible trajectory (rss_gap): emergency braking");
        assertThat(Explanations.fallback(Fallback.COMFORTABLE_BRAKING, Constraint.STOP_POINT))
                .isEqualTo("no feasible trajectory (stop_point): comfortable braking");
        assertThat(Explanations.degraded("world model invalid")).isEqualTo("world model invalid: comfortable braking");
    }
}
