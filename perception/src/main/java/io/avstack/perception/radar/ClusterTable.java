package io.avstack.perception.radar;

/**
 * Per-cluster working values of one scan, as parallel arrays indexed by cluster id (struct of
 * arrays: reused across scans, nothing allocated per cluster until a kept one becomes a
 * {@link RadarObject}). Owned by {@link RadarClusterer}.
 */
final class ClusterTable {

    int[] start = new int[1];
    int[] fill = new int[0];
    int[] count = new int[0];
    double[] x = new double[0];
    double[] y = new double[0];
    double[] z = new double[0];
    double[] rr = new double[0];
    double[] rcs = new double[0];
    double[] existence = new double[0];
    /** Azimuth span of the detections relative to the centroid's azimuth: azLo <= 0 <= azHi, rad. */
    double[] azLo = new double[0];
    double[] azHi = new double[0];
    double[] farM = new double[0];
    double[] boxX = new double[0];
    double[] boxY = new double[0];
    double[] length = new double[0];
    double[] width = new double[0];
    double[] yaw = new double[0];
    boolean[] kept = new boolean[0];

    /** Centroid range and azimuth, computed once per cluster: the ghost and shadow checks are pairwise. */
    double[] rangeM = new double[0];
    double[] azimuthRad = new double[0];

    void setCentroid(int k, double cx, double cy) {
        x[k] = cx;
        y[k] = cy;
        rangeM[k] = Math.hypot(cx, cy);
        azimuthRad[k] = Math.atan2(cy, cx);
    }

    /** Whether {@code azimuthRad} lies in cluster k's azimuth span widened by {@code marginRad} each side. */
    boolean withinSpan(int k, double azimuthRad, double marginRad) {
        double d = wrapPi(azimuthRad - this.azimuthRad[k]);
        return d >= azLo[k] - marginRad && d <= azHi[k] + marginRad;
    }

    /** An angle folded into [-pi, pi]. */
    static double wrapPi(double rad) {
        return Math.IEEEremainder(rad, 2 * Math.PI);
    }

    void setBox(int k, ClusterShape s) {
        boxX[k] = s.boxXM;
        boxY[k] = s.boxYM;
        length[k] = s.lengthM;
        width[k] = s.widthM;
        yaw[k] = s.yawRad;
    }

    RadarObject toObject(int k) {
        double r = rangeM[k];
        double vx = r > 0 ? rr[k] * x[k] / r : 0;
        double vy = r > 0 ? rr[k] * y[k] / r : 0;
        return new RadarObject(x[k], y[k], z[k], rr[k], vx, vy, boxX[k], boxY[k], length[k], width[k], yaw[k],
                count[k], rcs[k], existence[k]);
    }

    void ensureCapacity(int clusters) {
        if (count.length >= clusters) {
            return;
        }
        int cap = Math.max(clusters, 2 * count.length);
        start = new int[cap + 1];
        fill = new int[cap];
        count = new int[cap];
        x = new double[cap];
        y = new double[cap];
        z = new double[cap];
        rr = new double[cap];
        rcs = new double[cap];
        existence = new double[cap];
        azLo = new double[cap];
        azHi = new double[cap];
        farM = new double[cap];
        boxX = new double[cap];
        boxY = new double[cap];
        length = new double[cap];
        width = new double[cap];
        yaw = new double[cap];
        kept = new boolean[cap];
        rangeM = new double[cap];
        azimuthRad = new double[cap];
    }
}
