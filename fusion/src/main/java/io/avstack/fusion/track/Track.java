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
     * {@code losRad} (world): half the box extent along that line, m.
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
