package io.avstack.planning;

import io.avstack.core.msg.Header;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.PlanStatus;
import io.avstack.planning.behaviour.AccLaw;
import io.avstack.planning.behaviour.BehaviourMachine;
import io.avstack.planning.behaviour.BehaviourState;
import io.avstack.planning.behaviour.Binding;
import io.avstack.planning.behaviour.LaneChangeAdvice;
import io.avstack.planning.behaviour.LaneTraffic;
import io.avstack.planning.behaviour.ReferencePlan;
import io.avstack.planning.behaviour.Situation;
import io.avstack.planning.behaviour.SpeedProfile;
import io.avstack.planning.behaviour.StopCause;
import io.avstack.planning.behaviour.StopPoints;
import io.avstack.planning.config.PlanningConfig;
import io.avstack.planning.predict.PredictedObjects;
import io.avstack.planning.trajectory.Fallback;
import io.avstack.planning.trajectory.LatticeResult;

/**
 * Turns a cycle's decision into its {@link PlanStatus}: the behaviour state, the constraint that
 * bound the plan ({@code rss_gap} / {@code time_gap} behind a lead, the stop point's kind, the free
 * speed's limit, or the violated constraint of a fallback) and the reason ({@link Explanations}).
 */
final class StatusComposer {

    private final PlanningConfig config;
    private final AccLaw law;

    StatusComposer(PlanningConfig config, AccLaw law) {
        this.config = config;
        this.law = law;
    }

    PlanStatus compose(Header header, Situation sit, BehaviourMachine machine, ReferencePlan ref, LatticeResult result,
            int egoLane) {
        LaneChangeAdvice change = machine.laneChangeAdvice();
        BehaviourState state = machine.state();
        String behaviour = state.name();
        double target = ref.targetSpeedMps;
        if (result.fallback != Fallback.NONE) {
            String binding = result.cheapestViolation == null ? "" : result.cheapestViolation.reportName();
            return new PlanStatus(header, behaviour, binding, Explanations.fallback(result.fallback, result.cheapestViolation),
                    true, 0.0, -1);
        }
        PredictedObjects p = sit.objects();
        return switch (state) {
            case LANE_CHANGE -> new PlanStatus(header, behaviour, bindingName(ref, sit),
                    Explanations.changingLane(change.targetLaneId(), change.why(), change.causeClass(),
                            change.causeTrackId(), change.causeSpeedMps()), false, target, leadId(ref, p));
            case ABORT_LANE_CHANGE -> new PlanStatus(header, behaviour, bindingName(ref, sit),
                    Explanations.abortingLaneChange(change.targetLaneId()), false, target, leadId(ref, p));
            case STOPPED -> stopped(header, machine.stoppedCause(), sit);
            default -> driving(header, behaviour, ref, sit, egoLane);
        };
    }

    PlanStatus degraded(Header header, BehaviourState state, String problem) {
        return new PlanStatus(header, state.name(), "input", Explanations.degraded(problem), true, 0.0, -1);
    }

    private PlanStatus driving(Header header, String behaviour, ReferencePlan ref, Situation sit, int egoLane) {
        PredictedObjects p = sit.objects();
        if (ref.binding == Binding.LEAD) {
            int k = ref.leadIndex;
            LaneTraffic lane = sit.lane(ref.laneId);
            double v = sit.egoSpeedMps;
            double gap = p.s(k, 0) - p.halfAlongM(k) - sit.frontSM;
            double rss = SafeDistance.longitudinalM(config.rss(), v, p.vs(k, 0));
            String reason = Explanations.following(p.cls(k), p.trackId(k), gap, rss, lane.lead == k && lane.leadCutsIn);
            return new PlanStatus(header, behaviour, bindingName(ref, sit), reason, false, ref.targetSpeedMps,
                    p.trackId(k));
        }
        if (ref.binding == Binding.STOP) {
            StopPoints stops = sit.stops;
            int i = ref.stopIndex;
            long track = stops.trackId(i);
            int k = track >= 0 ? p.indexOf(track) : -1;
            String reason = k >= 0 ? Explanations.yielding(p.cls(k), track)
                    : Explanations.stopping(stops.kind(i), stops.objectSM(i) - sit.frontSM);
            return new PlanStatus(header, behaviour, stops.kind(i).constraintName(), reason, false, 0.0, track);
        }
        String binding = switch (ref.freeLimit) {
            case SET_SPEED -> "";
            case SPEED_LIMIT -> "speed_limit";
            case CURVE -> "curvature";
        };
        return new PlanStatus(header, behaviour, binding, Explanations.keepingLane(egoLane, ref.targetSpeedMps,
                ref.freeLimit), false, ref.targetSpeedMps, -1);
    }

    private PlanStatus stopped(Header header, StopCause cause, Situation sit) {
        PredictedObjects p = sit.objects();
        if (cause == null) {
            return new PlanStatus(header, BehaviourState.STOPPED.name(), "standstill", "standing still", false, 0.0, -1);
        }
        int k = cause.trackId() >= 0 ? p.indexOf(cause.trackId()) : -1;
        ObjectClass cls = k >= 0 ? p.cls(k) : ObjectClass.UNKNOWN;
        if (cause.binding() == Binding.LEAD) {
            return new PlanStatus(header, BehaviourState.STOPPED.name(), "standstill",
                    Explanations.stoppedBehind(cls, cause.trackId()), false, 0.0, cause.trackId());
        }
        return new PlanStatus(header, BehaviourState.STOPPED.name(), cause.stopKind().constraintName(),
                Explanations.stoppedFor(cause.stopKind(), cls, cause.trackId()), false, 0.0, cause.trackId());
    }

    private String bindingName(ReferencePlan ref, Situation sit) {
        return switch (ref.binding) {
            case LEAD -> law.rssBinds(sit.egoSpeedMps, sit.objects().vs(ref.leadIndex, 0)) ? "rss_gap" : "time_gap";
            case STOP -> sit.stops.kind(ref.stopIndex).constraintName();
            case FREE -> ref.freeLimit == SpeedProfile.Limit.SET_SPEED ? ""
                    : ref.freeLimit == SpeedProfile.Limit.SPEED_LIMIT ? "speed_limit" : "curvature";
        };
    }

    private static long leadId(ReferencePlan ref, PredictedObjects p) {
        return ref.binding == Binding.LEAD ? p.trackId(ref.leadIndex) : -1;
    }
}
