package io.avstack.safety.geom;

import io.avstack.core.msg.EgoState;

/**
 * The ego's state in a {@link PathFrame}: where its reference point (rear-axle centre) lies and how
 * it moves along and across the path. Mutable, reused per cycle.
 */
public final class EgoOnPath {
    /** Arc length of the reference point, m. */
    public double sM;
    /** Offset of the reference point, m, positive = left. */
    public double dM;
    /** Speed along the path, m/s, {@code >= 0} (reversing counts as standing: RSS covers forward driving). */
    public double speedAlongMps;
    /** Velocity across the path, m/s, positive = leftwards. */
    public double lateralSpeedMps;
    /** Ego heading minus the path heading, rad, in [-pi, pi]. */
    public double headingErrorRad;
    /** Path curvature at the ego, 1/m. */
    public double curvaturePerM;

    private final PathPoint foot = new PathPoint();

    /** Places {@code ego} (its state predicted by nothing: taken as is) in {@code path}. */
    public void set(EgoState ego, PathFrame path) {
        path.project(ego.pose().xM(), ego.pose().yM(), foot);
        sM = foot.sM;
        dM = foot.dM;
        curvaturePerM = foot.curvaturePerM;
        headingErrorRad = Angles.wrap(ego.pose().yawRad() - foot.headingRad);
        double v = Math.max(0.0, ego.speedMps());
        speedAlongMps = Math.max(0.0, v * Math.cos(headingErrorRad));
        lateralSpeedMps = v * Math.sin(headingErrorRad);
    }
}
