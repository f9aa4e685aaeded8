package io.avstack.planning;

import io.avstack.core.msg.ObjectClass;
import io.avstack.planning.behaviour.LaneChangeAdvice;
import io.avstack.planning.behaviour.SpeedProfile;
import io.avstack.planning.behaviour.StopKind;
import io.avstack.planning.trajectory.Constraint;
import io.avstack.planning.trajectory.Fallback;
import java.util.Locale;

/**
 * The human-readable reasons published in {@code PlanStatus.reason}, one method per kind of
 * decision, all formatted the same way (metres with one decimal, {@link Locale#ROOT}). The full
 * list is in docs/PLANNING.md.
 */
public final class Explanations {

    private Explanations() {
    }

    /** "car", "pedestrian", ...; "object" for an unknown class. */
    public static String noun(ObjectClass cls) {
        return cls == ObjectClass.UNKNOWN ? "object" : cls.name().toLowerCase(Locale.ROOT);
    }

    /** "following car 7 at 28.0 m, RSS gap 24.1 m" (or "car 7 cutting in at ..."). */
    public static String following(ObjectClass cls, long trackId, double gapM, double rssGapM, boolean cutsIn) {
        String what = cutsIn ? noun(cls) + " " + trackId + " cutting in" : "following " + noun(cls) + " " + trackId;
        return String.format(Locale.ROOT, "%s at %.1f m, RSS gap %.1f m", what, gapM, rssGapM);
    }

    /** "stopping for red light at 35.0 m", "stopping at end of route in 35.0 m", ... */
    public static String stopping(StopKind kind, double distanceM) {
        return switch (kind) {
            case RED_LIGHT -> String.format(Locale.ROOT, "stopping for red light at %.1f m", distanceM);
            case YELLOW_LIGHT -> String.format(Locale.ROOT, "stopping for yellow light at %.1f m", distanceM);
            case UNKNOWN_LIGHT -> String.format(Locale.ROOT, "stopping for light of unknown state at %.1f m", distanceM);
            case ROUTE_END -> String.format(Locale.ROOT, "stopping at end of route in %.1f m", distanceM);
            case HOLD -> "standing still";
            case YIELD -> String.format(Locale.ROOT, "yielding at %.1f m", distanceM);
        };
    }

    /** "yielding to pedestrian 3". */
    public static String yielding(ObjectClass cls, long trackId) {
        return "yielding to " + noun(cls) + " " + trackId;
    }

    /** "stopped behind car 7", "stopped for red light", "stopped, yielding to pedestrian 3". */
    public static String stoppedBehind(ObjectClass cls, long trackId) {
        return "stopped behind " + noun(cls) + " " + trackId;
    }

    public static String stoppedFor(StopKind kind, ObjectClass cls, long trackId) {
        return switch (kind) {
            case RED_LIGHT -> "stopped for red light";
            case YELLOW_LIGHT -> "stopped for yellow light";
            case UNKNOWN_LIGHT -> "stopped for light of unknown state";
            case ROUTE_END -> "stopped at end of route";
            case YIELD -> "stopped, " + yielding(cls, trackId);
            case HOLD -> "standing still";
        };
    }

    /** "waiting 0.5 s before moving off". */
    public static String movingOff() {
        return "way clear, moving off";
    }

    /** "keeping lane -1 at 13.9 m/s (speed limit)". */
    public static String keepingLane(int laneId, double targetSpeedMps, SpeedProfile.Limit limit) {
        String why = switch (limit) {
            case SET_SPEED -> "set speed";
            case SPEED_LIMIT -> "speed limit";
            case CURVE -> "curve ahead";
        };
        return String.format(Locale.ROOT, "keeping lane %d at %.1f m/s (%s)", laneId, targetSpeedMps, why);
    }

    /** "changing to lane -2: car 2 stopped ahead". */
    public static String changingLane(int targetLaneId, LaneChangeAdvice.Why why, ObjectClass cls, long trackId,
            double causeSpeedMps) {
        String because = switch (why) {
            case STOPPED_AHEAD -> noun(cls) + " " + trackId + " stopped ahead";
            case SLOWER_AHEAD -> trackId < 0 ? "faster lane"
                    : String.format(Locale.ROOT, "%s %d slower (%.1f m/s)", noun(cls), trackId, causeSpeedMps);
            case BACK_TO_ROUTE_LANE -> "back to the route's lane";
            case NONE -> "faster lane";
        };
        return "changing to lane " + targetLaneId + ": " + because;
    }

    /** "aborting change to lane -2: gap closing". */
    public static String abortingLaneChange(int targetLaneId) {
        return "aborting change to lane " + targetLaneId + ": gap closing";
    }

    /** "no feasible trajectory (rss_gap): emergency braking". */
    public static String fallback(Fallback fallback, Constraint cheapestViolation) {
        String what = fallback == Fallback.EMERGENCY_BRAKING ? "emergency braking" : "comfortable braking";
        String why = cheapestViolation == null ? "" : " (" + cheapestViolation.reportName() + ")";
        return "no feasible trajectory" + why + ": " + what;
    }

    /** "world model stale (0.8 s old): comfortable braking", "world model invalid: ...". */
    public static String degraded(String problem) {
        return problem + ": comfortable braking";
    }
}
