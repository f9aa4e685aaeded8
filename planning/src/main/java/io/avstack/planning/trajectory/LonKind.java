package io.avstack.planning.trajectory;

/** How a longitudinal profile was made. */
public enum LonKind {
    /** The longitudinal law's plan of a lane ({@code ReferencePlan}). */
    REFERENCE,
    /** A quartic to an end speed reached after a time, then held. */
    SPEED_KEEPING,
    /** Constant deceleration (after a jerk-limited ramp) to standstill. */
    BRAKING
}
