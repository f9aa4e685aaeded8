package io.avstack.planning.behaviour;

/** Which kind of constraint sets the ego's acceleration. */
public enum Binding {
    /** Free road: the desired speed (set speed, speed limit or curve speed). */
    FREE,
    /** A lead vehicle (or one cutting in). */
    LEAD,
    /** A stop point: a light, a yield, the route's end, a hold. */
    STOP
}
