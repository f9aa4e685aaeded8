package io.avstack.fusion.frames;

/**
 * The ego's planar pose and motion at one instant in the world frame: a mutable holder filled by
 * {@link EgoPoseBuffer#poseAt} (no allocation per look-up).
 */
public final class EgoPose {

    public long stampNs;
    /** Rear-axle centre ({@code base_link}) in the world frame, m. */
    public double xM;
    public double yM;
    /** Heading, counter-clockwise from world x, rad. */
    public double yawRad;
    /** Longitudinal speed, m/s. */
    public double speedMps;
    /** Yaw rate, rad/s. */
    public double yawRateRadps;

    /** Sets every field. */
    public EgoPose set(long stamp, double x, double y, double yaw, double speed, double yawRate) {
        this.stampNs = stamp;
        this.xM = x;
        this.yM = y;
        this.yawRad = yaw;
        this.speedMps = speed;
        this.yawRateRadps = yawRate;
        return this;
    }

    /** The identity pose at rest (used while no ego state has arrived). */
    public EgoPose setIdentity(long stamp) {
        return set(stamp, 0, 0, 0, 0, 0);
    }
}
