package io.avstack.planning.road;

import io.avstack.core.map.Frenet;
import io.avstack.core.map.Pose2;
import io.avstack.core.map.RoadMap;
import io.avstack.core.msg.EgoState;

/**
 * The ego's rear-axle state in the road frame: arc length s, offset d and their derivatives, the
 * form the lattice starts from. Lateral derivatives are with respect to s (the lateral profile is a
 * path, not a time function). Mutable; one instance per planner.
 */
public final class EgoFrenet {

    /** Arc length of the rear axle, m. */
    public double sM;
    /** Lateral offset of the rear axle, m. */
    public double dM;
    /** dd/ds. */
    public double dPrime;
    /** d²d/ds², 1/m. */
    public double dPrime2;
    /** ds/dt, m/s. */
    public double sDotMps;
    /** d²s/dt², m/s². */
    public double sDdotMps2;
    /** Heading relative to the reference line, rad. */
    public double headingErrRad;
    /** Speed along the heading, m/s. */
    public double speedMps;

    private final Frenet frenet = new Frenet();
    private final Pose2 pose = new Pose2();

    /** Fills this from {@code ego} (rear-axle pose in the map frame). */
    public EgoFrenet set(RoadMap road, EgoState ego, double wheelbaseM) {
        double yaw = ego.pose().yawRad();
        road.project(ego.pose().xM(), ego.pose().yM(), frenet);
        sM = frenet.sM;
        dM = frenet.dM;
        double ref = road.poseAt(sM, pose).headingRad;
        headingErrRad = Math.IEEEremainder(yaw - ref, 2 * Math.PI);
        double kr = road.curvatureAt(sM);
        double q = 1 - kr * dM;
        double c = Math.cos(headingErrRad);
        double t = Math.tan(headingErrRad);
        speedMps = Math.max(0.0, ego.speedMps());
        sDotMps = speedMps * c / q;
        sDdotMps2 = ego.accelMps2() * c / q;
        dPrime = q * t;
        double k = Math.tan(ego.steeringRad()) / wheelbaseM;
        dPrime2 = FrenetMath.secondDerivative(k, kr, dM, dPrime, headingErrRad);
        return this;
    }
}
