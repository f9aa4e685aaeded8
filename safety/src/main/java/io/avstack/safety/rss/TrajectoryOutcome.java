package io.avstack.safety.rss;

import static io.avstack.safety.Fmt.f1;

import io.avstack.core.msg.ObjectClass;

/** The first point of the plan at which the ego would be in a dangerous situation. Mutable, reused. */
public final class TrajectoryOutcome {
    /** Whether the plan leads into danger within the horizon. */
    public boolean violation;
    /** Seconds from the ego state's stamp to that point. */
    public double timeS;
    public long trackId;
    public ObjectClass cls;
    /** Predicted longitudinal gap and the safe distance there, m. */
    public double gapM;
    public double safeDistanceM;

    /** Nothing found, nothing demanded. */
    public void reset() {
        violation = false;
        timeS = Double.POSITIVE_INFINITY;
        trackId = -1;
        cls = null;
        gapM = Double.NaN;
        safeDistanceM = Double.NaN;
    }

    /** For the status reason, e.g. {@code "plan: CAR 7 in 1.8 s at 20.1 m < safe 35.2 m"}. */
    public String describe() {
        return "plan: " + cls + " " + trackId + " in " + f1(timeS) + " s at " + f1(gapM) + " m < safe "
                + f1(safeDistanceM) + " m";
    }
}
