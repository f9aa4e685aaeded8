package io.avstack.planning.trajectory;

/** Which fallback a plan is, when no candidate was feasible. */
public enum Fallback {
    /** A feasible candidate was found. */
    NONE,
    /** Maximum comfortable braking in the lane: no candidate was feasible, but this keeps clear of every road user. */
    COMFORTABLE_BRAKING,
    /** Emergency braking at the hard deceleration limit: not even comfortable braking kept clear. */
    EMERGENCY_BRAKING
}
