package io.avstack.core.msg;

/**
 * A 6-DoF pose: position in metres and orientation as intrinsic Z-Y-X (yaw, pitch, roll) Euler
 * angles in radians, in the frame named by the enclosing message's header (right-handed, x forward,
 * y left, z up; yaw counter-clockwise from x). All components finite.
 */
public record Pose(double xM, double yM, double zM, double rollRad, double pitchRad, double yawRad) {
    public Pose {
        Checks.finite("Pose.xM", xM);
        Checks.finite("Pose.yM", yM);
        Checks.finite("Pose.zM", zM);
        Checks.finite("Pose.rollRad", rollRad);
        Checks.finite("Pose.pitchRad", pitchRad);
        Checks.finite("Pose.yawRad", yawRad);
    }

    /** A planar pose (z, roll and pitch zero). */
    public static Pose planar(double xM, double yM, double yawRad) {
        return new Pose(xM, yM, 0.0, 0.0, 0.0, yawRad);
    }
}
