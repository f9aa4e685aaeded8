package io.avstack.sim.actor;

/**
 * A 1-D path an actor moves along, parameterised by arc length {@code s} in metres from its start,
 * in the world frame. A lane's centre line, a crosswalk or a sidewalk implements it; actors never
 * see roads. Implementations are pure functions of {@code s} (no allocation, no state) and clamp
 * {@code s} to {@code [0, lengthM()]}.
 */
public interface Path {

    /** Arc length of the path, m; may be infinite. */
    double lengthM();

    /** World x at arc length {@code sM}, m. */
    double xM(double sM);

    /** World y at arc length {@code sM}, m. */
    double yM(double sM);

    /** Tangent heading at arc length {@code sM}, rad, counter-clockwise from world x. */
    double yawRad(double sM);
}
