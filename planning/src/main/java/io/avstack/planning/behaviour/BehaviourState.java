package io.avstack.planning.behaviour;

/** The states of the behaviour machine ({@link BehaviourMachine}); docs/PLANNING.md draws the transitions. */
public enum BehaviourState {
    /** Keeping the lane at the desired speed (set speed, speed limit, curve speed). */
    LANE_FOLLOW,
    /** Following a lead (or a vehicle cutting in) at the ACC gap, never closer than the RSS distance. */
    FOLLOW_LEAD,
    /** Stopping at a stop line (red, stoppable yellow or unknown light) or at the end of the route. */
    STOP_AT_LINE,
    /** Stopping for a pedestrian or other road user crossing the ego's path. */
    YIELD,
    /** Standing still until what stopped the ego has gone, then for the restart delay. */
    STOPPED,
    /** Moving to the target lane. */
    LANE_CHANGE,
    /** Returning to the origin lane because the target lane's gap closed. */
    ABORT_LANE_CHANGE
}
