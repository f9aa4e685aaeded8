package io.avstack.planning.behaviour;

/** Why the ego must stop at a point: each is a rule the trajectory may not break. */
public enum StopKind {
    RED_LIGHT("red_light"),
    YELLOW_LIGHT("yellow_light"),
    /** A stop line whose light state is unknown or stale: treated as red. */
    UNKNOWN_LIGHT("unknown_light"),
    /** A pedestrian or other road user crossing (or about to cross) the ego's path. */
    YIELD("yield"),
    ROUTE_END("route_end"),
    /** Standing still until the way is clear ({@link BehaviourState#STOPPED}). */
    HOLD("standstill");

    private final String constraintName;

    StopKind(String constraintName) {
        this.constraintName = constraintName;
    }

    /** The name reported as {@code PlanStatus.bindingConstraint}. */
    public String constraintName() {
        return constraintName;
    }

    public boolean isLight() {
        return this == RED_LIGHT || this == YELLOW_LIGHT || this == UNKNOWN_LIGHT;
    }
}
