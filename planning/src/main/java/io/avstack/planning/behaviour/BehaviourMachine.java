package io.avstack.planning.behaviour;

import io.avstack.planning.config.PlanningConfig;

/**
 * The behaviour state machine. Driving states ({@link BehaviourState#LANE_FOLLOW},
 * {@link BehaviourState#FOLLOW_LEAD}, {@link BehaviourState#STOP_AT_LINE},
 * {@link BehaviourState#YIELD}) follow whatever binds the longitudinal law; on top of them:
 * <ul>
 *   <li>driving, slower than the standstill speed and held by a lead or stop point: STOPPED, which
 *       remembers the cause; it is left once the cause has gone for the restart delay;</li>
 *   <li>driving or STOPPED behind a standing vehicle, with a lane change advised: LANE_CHANGE, left
 *       when the ego is centred in the target lane, or for ABORT_LANE_CHANGE when the target lane's
 *       gap closes before the ego has crossed into it; ABORT ends centred in the origin lane.</li>
 * </ul>
 * A lane change or abort that ends starts the lane-change cooldown. Single-threaded.
 */
public final class BehaviourMachine {

    private final PlanningConfig config;
    private BehaviourState state = BehaviourState.LANE_FOLLOW;
    private int originLaneId;
    private int targetLaneId;
    private StopCause stoppedCause;
    private LaneChangeAdvice laneChangeAdvice = LaneChangeAdvice.NONE;
    private long clearSinceNs = Long.MIN_VALUE;
    private long cooldownUntilNs = Long.MIN_VALUE;

    public BehaviourMachine(PlanningConfig config) {
        this.config = config;
    }

    public BehaviourState state() {
        return state;
    }

    /** Lane the ego is changing to (LANE_CHANGE), or 0. */
    public int targetLaneId() {
        return state == BehaviourState.LANE_CHANGE ? targetLaneId : 0;
    }

    /** Lane a change started from (LANE_CHANGE, ABORT_LANE_CHANGE), or 0. */
    public int originLaneId() {
        return state == BehaviourState.LANE_CHANGE || state == BehaviourState.ABORT_LANE_CHANGE ? originLaneId : 0;
    }

    /** The lane the plan heads for: the change's target, the origin when aborting, else {@code egoLaneId}. */
    public int headingLaneId(int egoLaneId) {
        return switch (state) {
            case LANE_CHANGE -> targetLaneId;
            case ABORT_LANE_CHANGE -> originLaneId;
            default -> egoLaneId;
        };
    }

    /** The advice that started the current (or last) lane change. */
    public LaneChangeAdvice laneChangeAdvice() {
        return laneChangeAdvice;
    }

    /** What the ego stopped for (STOPPED), else null. */
    public StopCause stoppedCause() {
        return state == BehaviourState.STOPPED ? stoppedCause : null;
    }

    /** Whether a new lane change is barred at {@code nowNs}. */
    public boolean inCooldown(long nowNs) {
        return nowNs < cooldownUntilNs;
    }

    /** Applies one cycle's transition and returns the new state. */
    public BehaviourState update(MachineInput in) {
        state = switch (state) {
            case LANE_FOLLOW, FOLLOW_LEAD, STOP_AT_LINE, YIELD -> fromDriving(in);
            case STOPPED -> fromStopped(in);
            case LANE_CHANGE -> fromLaneChange(in);
            case ABORT_LANE_CHANGE -> fromAbort(in);
        };
        return state;
    }

    private BehaviourState fromDriving(MachineInput in) {
        if (in.advice().recommends()) {
            return startLaneChange(in);
        }
        if (in.speedMps() < config.rules().standstillSpeedMps() && in.binding() != Binding.FREE
                && in.bindingAccelMps2() < 0.5 * config.comfort().accelMps2() && in.cause() != null) {
            stoppedCause = in.cause();
            clearSinceNs = Long.MIN_VALUE;
            return BehaviourState.STOPPED;
        }
        return driving(in);
    }

    private BehaviourState fromStopped(MachineInput in) {
        if (in.advice().recommends() && in.advice().why() == LaneChangeAdvice.Why.STOPPED_AHEAD) {
            return startLaneChange(in);
        }
        if (in.causeStillBlocks()) {
            clearSinceNs = Long.MIN_VALUE;
            return BehaviourState.STOPPED;
        }
        if (clearSinceNs == Long.MIN_VALUE) {
            clearSinceNs = in.nowNs();
        }
        if (in.nowNs() - clearSinceNs >= Math.round(config.rules().restartDelayS() * 1e9)) {
            return driving(in);
        }
        return BehaviourState.STOPPED;
    }

    private BehaviourState fromLaneChange(MachineInput in) {
        if (in.egoLaneId() == targetLaneId
                && Math.abs(in.egoDM() - in.targetCentreDM()) < config.laneChange().completeToleranceM()) {
            return endLaneChange(in);
        }
        if (!in.targetLaneSafe() && in.egoLaneId() != targetLaneId) {
            return BehaviourState.ABORT_LANE_CHANGE;
        }
        return BehaviourState.LANE_CHANGE;
    }

    private BehaviourState fromAbort(MachineInput in) {
        if (in.egoLaneId() == originLaneId
                && Math.abs(in.egoDM() - in.originCentreDM()) < config.laneChange().completeToleranceM()) {
            return endLaneChange(in);
        }
        return BehaviourState.ABORT_LANE_CHANGE;
    }

    private BehaviourState startLaneChange(MachineInput in) {
        originLaneId = in.egoLaneId();
        targetLaneId = in.advice().targetLaneId();
        laneChangeAdvice = in.advice();
        return BehaviourState.LANE_CHANGE;
    }

    private BehaviourState endLaneChange(MachineInput in) {
        cooldownUntilNs = in.nowNs() + Math.round(config.laneChange().cooldownS() * 1e9);
        return driving(in);
    }

    /** The driving state for what binds the law. */
    private static BehaviourState driving(MachineInput in) {
        if (in.binding() == Binding.LEAD) {
            return BehaviourState.FOLLOW_LEAD;
        }
        if (in.binding() == Binding.STOP && in.cause() != null) {
            return in.cause().stopKind() == StopKind.YIELD ? BehaviourState.YIELD : BehaviourState.STOP_AT_LINE;
        }
        return BehaviourState.LANE_FOLLOW;
    }
}
