package io.avstack.safety.geom;

/**
 * A point expressed in a {@link PathFrame}: arc length, signed offset and the path's direction
 * there. A mutable destination, reused to stay allocation-free.
 */
public final class PathPoint {
    /** Arc length along the path, m; negative before its start (on the backward extension). */
    public double sM;
    /** Signed distance from the path, m, positive = left of the travel direction. */
    public double dM;
    /** Path heading at the foot point, rad, counter-clockwise from the world x axis. */
    public double headingRad;
    /** Path curvature at the foot point, 1/m, positive = turning left. */
    public double curvaturePerM;
}
