package io.avstack.fusion.track;

import io.avstack.core.msg.ObjectClass;

/**
 * One tracked object: Kalman state {@code [x, y, vx, vy, ax, ay]} in the world frame with its
 * covariance, lifecycle, existence (log-odds), class votes, smoothed size and heading. Mutable,
 * owned by the {@link Tracker}'s thread.
 */
public final class Track {

    private static final ObjectClass[] CLASSES = ObjectClass.values();

    final long id;
    /** State at {@link #timeNs}. */
    final double[] x = new double[MotionModel.N];
    final double[] p = new double[MotionModel.N * MotionModel.N];
    long timeNs;
    final long bornNs;
    long lastHitNs;
    int hits;
    TrackState state = TrackState.TENTATIVE;
    double logOdds;
    ObjectClass cls = ObjectClass.UNKNOWN;
    final double[] classVotes = new double[CLASSES.length];
    double lengthM;
    double widthM;
    double heightM;
    boolean sizeMeasured;
    double headingRad;
    /** Whether the heading came from a velocity or a box (else it is a guess: isotropic process noise). */
    boolean headingKnown;
    /** Whether the heading comes from box measurements. */
    boolean boxHeading;
    /** Sensors that updated the track since the last output. */
    int sensorMask;

    Track(long id, long bornNs) {
        this.id = id;
        this.bornNs = bornNs;
        this.timeNs = bornNs;
        this.lastHitNs = bornNs;
    }

    public long id() {
        return id;
    }

    public TrackState state() {
        return state;
    }

    public ObjectClass cls() {
        return cls;
    }

    public double xM() {
        return x[0];
    }

    public double yM() {
        return x[1];
    }

    public double vxMps() {
        return x[2];
    }

    public double vyMps() {
        return x[3];
    }

    public double axMps2() {
        return x[4];
    }

    public double ayMps2() {
        return x[5];
    }

    /** Covariance element (i, j) of the state. */
    public double covariance(int i, int j) {
        return p[i * MotionModel.N + j];
    }

    public int hits() {
        return hits;
    }

    public long timeNs() {
        return timeNs;
    }

    public long lastHitNs() {
        return lastHitNs;
    }

    public double headingRad() {
        return headingRad;
    }

    public double lengthM() {
        return lengthM;
    }

    public double widthM() {
        return widthM;
    }

    /** Heading for the process noise: NaN (isotropic) while it is a guess. */
    double noiseHeadingRad() {
        return headingKnown ? headingRad : Double.NaN;
    }

    /** Existence probability from the log-odds. */
    public double existence() {
        return 1.0 / (1.0 + Math.exp(-logOdds));
    }

    /** Whether the track is published (confirmed or coasting). */
    public boolean isPublished() {
        return state == TrackState.CONFIRMED || state == TrackState.COASTING;
    }

    /** Adds a class vote and re-elects the class (ties keep the current one); UNKNOWN never votes. */
    void vote(ObjectClass votedClass, double weight) {
        if (votedClass == ObjectClass.UNKNOWN || !(weight > 0)) {
            return;
        }
        classVotes[votedClass.ordinal()] += weight;
        double best = cls == ObjectClass.UNKNOWN ? 0 : classVotes[cls.ordinal()];
        for (int i = 0; i < CLASSES.length; i++) {
            if (classVotes[i] > best) {
                best = classVotes[i];
                cls = CLASSES[i];
            }
        }
    }

    /**
     * Distance from the object's centre to its near side along a line of sight with direction
     * {@code losRad} (world): half the box extent along that line, m. (A new track's first guess;
     * the filter uses {@link #visiblePoint}.)
     */
    double surfaceOffsetM(double losRad) {
        double phi = headingRad - losRad;
        return 0.5 * (lengthM * Math.abs(Math.cos(phi)) + widthM * Math.abs(Math.sin(phi)));
    }

    /** Whether world point (x, y) lies inside the track's box grown by {@code marginM} on every side. */
    boolean contains(double xM, double yM, double marginM) {
        double dx = xM - x[0];
        double dy = yM - x[1];
        double c = Math.cos(headingRad);
        double s = Math.sin(headingRad);
        return Math.abs(c * dx + s * dy) <= lengthM / 2 + marginM && Math.abs(-s * dx + c * dy) <= widthM / 2 + marginM;
    }

    /**
     * Where a sensor at world (sx, sy) sees a box centred at (cx, cy) with this track's size and
     * heading: the middle of its angular extent, on its near side (the bottom centre of a camera box,
     * the centroid of a radar's near point and outline corners). Writes x, y into dest[0..1]; the
     * centre itself when the sensor is inside the box.
     */
    void visiblePoint(double cx, double cy, double sx, double sy, double[] dest) {
        double c = Math.cos(headingRad);
        double s = Math.sin(headingRad);
        double centreBearing = Math.atan2(cy - sy, cx - sx);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < 4; k++) {
            double l = ((k & 1) == 0 ? 0.5 : -0.5) * lengthM;
            double w = ((k & 2) == 0 ? 0.5 : -0.5) * widthM;
            double b = Angles.wrap(Math.atan2(cy + s * l + c * w - sy, cx + c * l - s * w - sx) - centreBearing);
            lo = Math.min(lo, b);
            hi = Math.max(hi, b);
        }
        double bearing = centreBearing + 0.5 * (lo + hi);
        double ux = Math.cos(bearing);
        double uy = Math.sin(bearing);
        // slab test in the box frame: distance along the ray to where it enters the box
        double ox = c * (sx - cx) + s * (sy - cy);
        double oy = -s * (sx - cx) + c * (sy - cy);
        double dx = c * ux + s * uy;
        double dy = -s * ux + c * uy;
        double enter = Math.max(slabEnter(ox, dx, lengthM / 2), slabEnter(oy, dy, widthM / 2));
        if (!(enter > 0) || Double.isInfinite(enter)) {
            dest[0] = cx;
            dest[1] = cy;
            return;
        }
        dest[0] = sx + enter * ux;
        dest[1] = sy + enter * uy;
    }

    /** Ray parameter at which o + t d enters the slab |.| <= half (negative infinity if parallel and inside). */
    private static double slabEnter(double o, double d, double half) {
        if (Math.abs(d) < 1e-12) {
            return Math.abs(o) <= half ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        double t1 = (-half - o) / d;
        double t2 = (half - o) / d;
        return Math.min(t1, t2);
    }

    /**
     * Whether a box centred at (x, y) with the given size and heading overlaps this track's box or
     * comes within {@code gapM} of it (tested along and across this track's heading).
     */
    boolean touches(double xM, double yM, double otherLengthM, double otherWidthM, double otherHeadingRad,
            double gapM) {
        double c = Math.cos(headingRad);
        double s = Math.sin(headingRad);
        double dx = xM - x[0];
        double dy = yM - x[1];
        double delta = otherHeadingRad - headingRad;
        double cos = Math.abs(Math.cos(delta));
        double sin = Math.abs(Math.sin(delta));
        double along = 0.5 * (lengthM + otherLengthM * cos + otherWidthM * sin) + gapM;
        double across = 0.5 * (widthM + otherLengthM * sin + otherWidthM * cos) + gapM;
        return Math.abs(c * dx + s * dy) <= along && Math.abs(-s * dx + c * dy) <= across;
    }

    /** Half the box extent across a line of sight with direction {@code losRad}, m. */
    double halfWidthAcrossM(double losRad) {
        double phi = headingRad - losRad;
        return 0.5 * (lengthM * Math.abs(Math.sin(phi)) + widthM * Math.abs(Math.cos(phi)));
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Track[%d %s %s x=%.2f y=%.2f vx=%.2f vy=%.2f hits=%d p=%.2f]",
                id, state, cls, x[0], x[1], x[2], x[3], hits, existence());
    }
}
