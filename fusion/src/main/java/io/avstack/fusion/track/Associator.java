package io.avstack.fusion.track;

import io.avstack.core.msg.ObjectClass;
import io.avstack.fusion.config.AssociationParams;
import io.avstack.fusion.config.ClassParams;
import io.avstack.fusion.config.FusionConfig;
import java.util.Arrays;
import java.util.List;

/**
 * Gated global nearest-neighbour association of one frame's measurements to the tracks. A pair is
 * allowed when the classes are compatible, the measurement lies within the class's distance gate
 * (widened by the measurement's own spread) and its squared Mahalanobis distance is within the
 * class's gate (plus 2.5 per extra dimension: the radar's range rate). Allowed pairs cost
 * {@code d² + ln det S} plus the tentative and similar-class penalties; {@link Assignment} picks the
 * cheapest set. A tentative track takes no weak detection, nor a camera detection that
 * {@link CameraSpawnCheck} would not let start a track because it lies on a published vehicle
 * track's line of sight: the camera cannot tell it from that vehicle, so it must not confirm
 * another sensor's unconfirmed track behind or before it either (fusion-crossing: a single radar
 * ghost 10 m beyond a standing cyclist that the lidar boxed as a car, confirmed by the camera's
 * badly ranged cyclist boxes into a second, false cyclist track). Allocation-free once grown; one
 * thread.
 */
final class Associator {

    /** Added to the gate per measurement dimension beyond two (chi-square grows ~2.5 per dof at 99.9 %). */
    static final double GATE_PER_EXTRA_DIM = 2.5;
    /**
     * Added to a weak (below {@code minScore}) detection's cost: more than the largest gated cost
     * difference, so a track takes a weak detection only when no confident one is left for it.
     */
    static final double WEAK_PENALTY = 30.0;
    /** {@link #rowOf} of a measurement claimed by a track without updating it ({@link #claim}). */
    static final int CLAIMED = Integer.MAX_VALUE;

    private final FusionConfig config;
    private final AssociationParams params;
    private final KalmanFilter kf;
    private final MeasurementModel model;
    private final Assignment assignment = new Assignment();
    private final PartialBox partialBox = new PartialBox();
    private final double partialLengthRatio;
    private double[] cost = new double[0];
    private double[] minD2 = new double[0];
    private int[] rowToCol = new int[0];
    private int[] colToRow = new int[0];
    private boolean[] hiddenByVehicle = new boolean[0];

    Associator(FusionConfig config, KalmanFilter kf, MeasurementModel model) {
        this.config = config;
        this.params = config.association();
        this.partialLengthRatio = config.lidar().partialLengthRatio();
        this.kf = kf;
        this.model = model;
    }

    /** Assigns the batch's measurements to {@code tracks}; read the result with {@link #columnOf} / {@link #rowOf}. */
    void associate(List<Track> tracks, MeasurementBatch batch) {
        int rows = tracks.size();
        int cols = batch.size();
        ensure(rows, cols);
        Arrays.fill(minD2, 0, cols, Double.POSITIVE_INFINITY);
        double margin = params.spawnSuppressMarginM();
        for (int j = 0; j < cols; j++) {
            hiddenByVehicle[j] = CameraSpawnCheck.blockingVehicle(batch.get(j), batch, tracks, margin) >= 0;
        }
        for (int i = 0; i < rows; i++) {
            Track t = tracks.get(i);
            ClassParams cp = config.classParams(t.cls);
            for (int j = 0; j < cols; j++) {
                cost[i * cols + j] = pairCost(t, cp, batch.get(j), batch, j);
            }
        }
        assignment.solve(cost, rows, cols, rowToCol, colToRow);
    }

    /** Column (measurement index) assigned to track row {@code i}, or -1. */
    int columnOf(int i) {
        return rowToCol[i];
    }

    /** Track row assigned to measurement {@code j}, {@link #CLAIMED}, or -1. */
    int rowOf(int j) {
        return colToRow[j];
    }

    /** Records a pair assigned outside the global assignment (re-anchoring). */
    void assign(int row, int col) {
        rowToCol[row] = col;
        colToRow[col] = row;
    }

    /** Marks measurement {@code j} as explained by a track that it does not update (it starts nothing). */
    void claim(int j) {
        colToRow[j] = CLAIMED;
    }

    /** Whether measurement {@code j} came within the spawn suppression distance of a track of a compatible class. */
    boolean gatedWithATrack(int j) {
        return minD2[j] <= params.spawnSuppressMahalanobisSq();
    }

    /**
     * Whether unassigned measurement {@code j} may start a track: its sensor initiates and no track is
     * close. A weak one (below {@code minScore}; only the lidar reports them) only when it is a
     * pedestrian or cyclist: its track starts with no hit ({@link Tracker}), and a weak detection
     * updates no tentative track, so it is confirmed only by {@code confirmHits} confident detections;
     * until then its weak detections hold it up. Fusion-crossing at dusk: the lidar scored a side-on
     * cyclist 47-51 m ahead 0.33 and 0.40 before its first box of 0.61, and a pedestrian 43 m ahead
     * 0.44 and 0.49 before 0.61; their tracks, started by the weak boxes, were confirmed at the third
     * confident box (0.1-0.3 s sooner) with the lidar's position history behind them. Not vehicles:
     * the network scores a vehicle it sees whole at 0.5 or more, and its weak vehicle boxes were
     * fragments, a CAR box (0.22) 3.6 m ahead of a truck the ego was passing (highway-cruise: the
     * truck's radar corner clusters confirmed that track, read as a cut-in at 5 m/s, and the planner
     * braked at 5.4 m/s²), or a car hidden in a queue (stop-and-go-queue).
     */
    boolean mayStartTrack(int j, MeasurementBatch batch) {
        Measurement m = batch.get(j);
        return batch.coverage.initiates() && (!m.weak || Tracker.isVulnerable(m.cls)) && !gatedWithATrack(j);
    }

    private double pairCost(Track t, ClassParams cp, Measurement detection, MeasurementBatch batch, int j) {
        if (!t.isPublished() && (detection.weak || hiddenByVehicle[j])) {
            return Assignment.FORBIDDEN;
        }
        double classPenalty = classPenalty(t.cls, detection.cls, params.similarClassPenalty());
        if (classPenalty == Assignment.FORBIDDEN) {
            return Assignment.FORBIDDEN;
        }
        // judged as the update will use it
        Measurement m = partialBox.anchor(t, detection, partialLengthRatio, batch.sensorXM, batch.sensorYM);
        double slackM = cp.gateDistanceM() + 3 * Math.sqrt(m.r[0] + m.r[m.dim + 1])
                + (m.surface ? 0.5 * Math.max(t.lengthM, t.widthM) : 0);
        if (Math.hypot(m.z[0] - t.x[0], m.z[1] - t.x[1]) > slackM) {
            return Assignment.FORBIDDEN;
        }
        model.linearise(t, cp, m, batch);
        if (!kf.innovation(t.p, model.h, model.r, model.z, model.zHat, model.dim)) {
            return Assignment.FORBIDDEN;
        }
        double d2 = kf.mahalanobisSq();
        minD2[j] = Math.min(minD2[j], d2);
        if (d2 > cp.gateMahalanobisSq() + (model.dim - 2) * GATE_PER_EXTRA_DIM) {
            return Assignment.FORBIDDEN;
        }
        return d2 + kf.logDetS() + classPenalty + (t.state == TrackState.TENTATIVE ? params.tentativePenalty() : 0)
                + (m.weak ? WEAK_PENALTY : 0);
    }

    /**
     * 0 for the same class or when either is UNKNOWN; {@code similar} for classes a detector confuses
     * (car / truck / bus / motorcyclist, pedestrian / cyclist / motorcyclist); FORBIDDEN otherwise
     * (a pedestrian is never a car).
     */
    static double classPenalty(ObjectClass track, ObjectClass meas, double similar) {
        if (track == meas || track == ObjectClass.UNKNOWN || meas == ObjectClass.UNKNOWN) {
            return 0;
        }
        return group(track) == group(meas) || track == ObjectClass.MOTORCYCLIST || meas == ObjectClass.MOTORCYCLIST
                ? similar : Assignment.FORBIDDEN;
    }

    private static int group(ObjectClass c) {
        return switch (c) {
            case CAR, TRUCK, BUS -> 0;
            case PEDESTRIAN, CYCLIST -> 1;
            case MOTORCYCLIST -> 2;
            case UNKNOWN -> 3;
        };
    }

    private void ensure(int rows, int cols) {
        if (cost.length < rows * cols) {
            cost = new double[Math.max(rows * cols, 2 * cost.length)];
        }
        if (rowToCol.length < rows) {
            rowToCol = new int[Math.max(rows, 2 * rowToCol.length)];
        }
        if (colToRow.length < cols) {
            colToRow = new int[Math.max(cols, 2 * colToRow.length)];
            minD2 = new double[colToRow.length];
            hiddenByVehicle = new boolean[colToRow.length];
        }
    }
}
