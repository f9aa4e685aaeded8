package io.avstack.fusion.track;

import io.avstack.core.msg.ObjectClass;
import io.avstack.fusion.config.ClassParams;
import io.avstack.fusion.config.MotionModelKind;

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
    /** Of {@link #hits}, those by radar clusters. */
    int radarHits;
    /** Sightings by weak detections, each the fraction of a hit its score is worth (towards confirmation). */
    double weakHits;
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
    /** {@link CovarianceAdjust#positionRank} of the most precise sensor that has updated the track. */
    int positionRank;
    /** Stamp of the newest box measurement (lidar) that updated the track (at first its birth), ns. */
    long lastBoxNs;
    /**
     * Signed lateral innovation of the previous box update in standard deviations
     * ({@link CovarianceAdjust#lateralZ}; 0 before the first and after a detected manoeuvre).
     */
    double lastBoxLateralZ;
    /** Box measurements in a row that were partial views ({@link PartialBox}). */
    int partialBoxRun;
    /**
     * How much of the track's angular extent, seen from the camera whose frame is being fused, a
     * nearer published track hides at one of its ends, rad ({@link OcclusionCheck#hiddenExtents}; 0:
     * none, or all of it).
     */
    double hiddenRad;
    /** Sensors that updated the track since the last output. */
    int sensorMask;
    /** Mean score of the recent vehicle class votes ({@link ClassDispute}). */
    double vehicleVoteScore;
    /** Stamp of the newest vehicle class vote, ns ({@link Long#MIN_VALUE}: none yet). */
    long vehicleVoteNs = Long.MIN_VALUE;
    /** Mean score of the current run of pedestrian or cyclist disputes ({@link ClassDispute}). */
    double disputeScore;
    /** Stamps of the first and the newest dispute of the current run, ns. */
    long disputeStartNs = Long.MIN_VALUE;
    long disputeLastNs = Long.MIN_VALUE;
    /** Whether the track moves fast enough for its class's own motion model ({@code standingSpeedMps}). */
    boolean riding;
    /** Unit direction of travel while riding, and when the track last stopped (ns, MIN_VALUE: never). */
    double travelDirX;
    double travelDirY;
    long stoppedNs = Long.MIN_VALUE;

    Track(long id, long bornNs) {
        this.id = id;
        this.bornNs = bornNs;
        this.timeNs = bornNs;
        this.lastHitNs = bornNs;
        this.lastBoxNs = bornNs;
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

    /** Whether the track uses its class's standing model: CA, isotropic ({@code standingSpeedMps}). */
    boolean standing(ClassParams params) {
        return params.standingSpeedMps() > 0 && !riding;
    }

    /** The motion model the track uses now: its class's, or CA while it stands ({@link #standing}). */
    MotionModelKind motion(ClassParams params) {
        return standing(params) ? MotionModelKind.CA : params.motion();
    }

    /** Heading for the process noise: NaN (isotropic) while it is a guess or the track stands. */
    double noiseHeadingRad(ClassParams params) {
        return standing(params) ? Double.NaN : noiseHeadingRad();
    }

    /** Existence probability from the log-odds. */
    public double existence() {
        return 1.0 / (1.0 + Math.exp(-logOdds));
    }

    /** Whether the track is published (confirmed or coasting). */
    public boolean isPublished() {
        return state == TrackState.CONFIRMED || state == TrackState.COASTING;
    }

    /**
     * Adds a class vote and re-elects the class (ties keep the current one); UNKNOWN never votes. The
     * election stays within the track's group (vehicles, or the rest): only {@link ClassDispute}
     * moves a track from one to the other.
     */
    void vote(ObjectClass votedClass, double weight) {
        if (votedClass == ObjectClass.UNKNOWN || !(weight > 0)) {
            return;
        }
        classVotes[votedClass.ordinal()] += weight;
        boolean known = cls != ObjectClass.UNKNOWN;
        double best = known ? classVotes[cls.ordinal()] : 0;
        boolean vehicle = Tracker.isVehicle(cls);
        for (int i = 0; i < CLASSES.length; i++) {
            if (known && Tracker.isVehicle(CLASSES[i]) != vehicle) {
                continue;
            }
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
        return BoxGeometry.contains(x[0], x[1], lengthM, widthM, headingRad, xM, yM, marginM);
    }

    /**
     * Where a sensor at world (sx, sy) sees a box centred at (cx, cy) with this track's size and
     * heading ({@link BoxGeometry#visiblePoint}). Writes x, y into dest[0..1].
     */
    void visiblePoint(double cx, double cy, double sx, double sy, double[] dest) {
        BoxGeometry.visiblePoint(cx, cy, lengthM, widthM, headingRad, sx, sy, dest);
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
