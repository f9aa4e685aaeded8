package io.avstack.core.msg;

/**
 * One sample of a planned trajectory. Time is relative to the trajectory's {@code header.stampNs}
 * (the plan's start) rather than absolute, so a plan can be re-stamped or compared across runs
 * without rewriting every point.
 *
 * @param timeFromStartNs  ns after the plan's start, {@code >= 0}
 * @param xM               position of the rear-axle centre, m
 * @param yM               position of the rear-axle centre, m
 * @param yawRad           heading, counter-clockwise from x
 * @param speedMps         longitudinal speed, m/s
 * @param accelMps2        longitudinal acceleration, m/s²
 * @param curvaturePerM    path curvature, 1/m, positive = turning left
 */
public record TrajectoryPoint(long timeFromStartNs, double xM, double yM, double yawRad,
                              double speedMps, double accelMps2, double curvaturePerM) {
    public TrajectoryPoint {
        Checks.nonNegative("TrajectoryPoint.timeFromStartNs", timeFromStartNs);
        Checks.finite("TrajectoryPoint.xM", xM);
        Checks.finite("TrajectoryPoint.yM", yM);
        Checks.finite("TrajectoryPoint.yawRad", yawRad);
        Checks.finite("TrajectoryPoint.speedMps", speedMps);
        Checks.finite("TrajectoryPoint.accelMps2", accelMps2);
        Checks.finite("TrajectoryPoint.curvaturePerM", curvaturePerM);
    }
}
