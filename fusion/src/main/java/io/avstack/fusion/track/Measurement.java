package io.avstack.fusion.track;

import io.avstack.core.msg.ObjectClass;

/**
 * One detection converted to the world frame, ready for the tracker. Mutable and pooled by
 * {@link MeasurementBatch} (no allocation per detection); owned by one thread.
 *
 * <p>{@code z} is a world position, either of the object's centre (lidar boxes) or of the point of
 * its near side that the sensor sees ({@code surface}: camera ground points, radar centroids),
 * optionally followed by a range rate ({@code dim == 3}: radar).
 */
public final class Measurement {

    /** {@code TrackedObject.SENSOR_*} bit of the sensor. */
    public int sensor;
    public ObjectClass cls = ObjectClass.UNKNOWN;
    /** Detector confidence, [0, 1]. */
    public double score;
    /** Scored below the sensor's {@code minScore}: may only update a published track. */
    public boolean weak;
    /** Weight of this detection's class vote; 0 = no vote. */
    public double classVote;
    /** 2 (x, y) or 3 (x, y, range rate). */
    public int dim;
    /** World x, y (m) and, for dim 3, range rate (m/s, negative approaching). */
    public final double[] z = new double[3];
    /** dim x dim covariance, row-major. */
    public final double[] r = new double[9];
    /** True when z is a point on the near side of the object along the line of sight, not its centre. */
    public boolean surface;
    /** Whether the detection carries a box size and heading (lidar). */
    public boolean hasBox;
    public double lengthM;
    public double widthM;
    public double heightM;
    /** Heading of the box's length axis in the world frame (pi-ambiguous), rad. */
    public double yawRad;
    /**
     * Width across the line of sight of what the sensor saw of the object (a radar cluster's
     * detections), m; 0 for one point or when unknown.
     */
    public double spanAcrossSightM;

    /** Resets to a 2-D position measurement without box. */
    void clear() {
        cls = ObjectClass.UNKNOWN;
        score = 0;
        weak = false;
        classVote = 0;
        dim = 2;
        java.util.Arrays.fill(z, 0);
        java.util.Arrays.fill(r, 0);
        surface = false;
        hasBox = false;
        lengthM = 0;
        widthM = 0;
        heightM = 0;
        yawRad = 0;
        spanAcrossSightM = 0;
    }

    /** Makes this measurement a copy of {@code from} (all fields). */
    void copyFrom(Measurement from) {
        sensor = from.sensor;
        cls = from.cls;
        score = from.score;
        weak = from.weak;
        classVote = from.classVote;
        dim = from.dim;
        System.arraycopy(from.z, 0, z, 0, z.length);
        System.arraycopy(from.r, 0, r, 0, r.length);
        surface = from.surface;
        hasBox = from.hasBox;
        lengthM = from.lengthM;
        widthM = from.widthM;
        heightM = from.heightM;
        yawRad = from.yawRad;
        spanAcrossSightM = from.spanAcrossSightM;
    }

    /** Standard deviation of the position along the line of sight from a sensor at world (sx, sy), m. */
    public double alongSightSigmaM(double sxM, double syM) {
        double bearing = Math.atan2(z[1] - syM, z[0] - sxM);
        return sigmaAlong(Math.cos(bearing), Math.sin(bearing));
    }

    /** Standard deviation of the position across the line of sight from a sensor at world (sx, sy), m. */
    public double acrossSightSigmaM(double sxM, double syM) {
        double bearing = Math.atan2(z[1] - syM, z[0] - sxM);
        return sigmaAlong(-Math.sin(bearing), Math.cos(bearing));
    }

    private double sigmaAlong(double ux, double uy) {
        int n = dim;
        return Math.sqrt(Math.max(0, ux * ux * r[0] + 2 * ux * uy * r[1] + uy * uy * r[n + 1]));
    }

    /** Sets z to a world position with covariance rotated from a (along, across) line-of-sight frame. */
    public void setPolarCovariance(double xM, double yM, double bearingRad, double alongSigmaM,
            double acrossSigmaM) {
        z[0] = xM;
        z[1] = yM;
        double c = Math.cos(bearingRad);
        double s = Math.sin(bearingRad);
        double a2 = alongSigmaM * alongSigmaM;
        double b2 = acrossSigmaM * acrossSigmaM;
        int n = dim;
        r[0] = c * c * a2 + s * s * b2;
        r[1] = c * s * (a2 - b2);
        r[n] = r[1];
        r[n + 1] = s * s * a2 + c * c * b2;
    }
}
