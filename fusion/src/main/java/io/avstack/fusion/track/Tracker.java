package io.avstack.fusion.track;

import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.PlanarVelocity;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.config.ClassParams;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.fusion.config.LifecycleParams;
import io.avstack.fusion.config.MotionModelKind;
import io.avstack.fusion.config.SensorCommon;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Multi-object tracker in the world frame (docs/FUSION.md). Each {@link MeasurementBatch} (one
 * sensor frame) is processed as: time alignment (predict every track to the frame's stamp, or
 * retrodict for a late frame within the tolerance), gated global assignment ({@link Associator}),
 * Kalman updates, existence evidence (hits, and misses of tracks the sensor should have seen and
 * that nothing occludes), new tentative tracks from unassigned detections, lifecycle, merging of
 * duplicates. Track ids are never reused. Single-threaded; allocation-free per frame except when
 * a track is born.
 */
public final class Tracker {

    /** Below this speed the heading comes from a lidar box (or stays), not from the velocity, m/s. */
    static final double HEADING_FROM_VELOCITY_MIN_MPS = 1.0;
    private static final int N = MotionModel.N;
    /** Chi-square 99 % quantiles for 1, 2 and 3 degrees of freedom: a manoeuvre's innovation. */
    private static final double[] MANEUVER_NIS = {6.63, 9.21, 11.34};
    /**
     * Chi-square 95 % quantile for 1 degree of freedom: a vehicle's lateral manoeuvre. Lower than the
     * 99 % of {@link #MANEUVER_NIS}: camera and radar updates between two lidar boxes already pull the
     * track part of the way, so the first box of a cut-in 12 m ahead came out at 6.46 (closed loop).
     */
    private static final double LATERAL_MANEUVER_NIS = 3.84;
    /**
     * Two box updates in a row on the same side: a manoeuvre when the sum of their signed lateral
     * innovations, in standard deviations, exceeds this: 1.96 sqrt(2), the two-sided 95 % point of
     * the sum of two independent standard normals. A cut-in 12 m ahead showed as 1.1 then 1.9
     * standard deviations, neither enough alone: the track was 0.35 m and one lidar frame behind.
     */
    private static final double LATERAL_MANEUVER_PAIR_SUM = 1.96 * Math.sqrt(2);
    /** The velocity jump is placed at most this long before the measurement, s. */
    private static final double MANEUVER_MAX_DT_S = 0.2;
    /** After a stop, a road user with a standing model is not tracked going back for this long, ns. */
    static final long STOP_HOLD_NS = 2_000_000_000L;

    private final FusionConfig config;
    private final LifecycleParams life;
    private final List<Track> tracks = new ArrayList<>();
    private final List<Track> view = Collections.unmodifiableList(tracks);
    private final KalmanFilter kf = new KalmanFilter();
    private final MeasurementModel model;
    private final Associator associator;
    private final OcclusionCheck occlusion = new OcclusionCheck();
    private final DisputedDetections disputed;
    private final RadarCentroid radarCentroid = new RadarCentroid();
    private final PartialBox partialBox = new PartialBox();
    private final double[] f = new double[N * N];
    private final SpawnOrder spawnOrder = new SpawnOrder();
    private final double[] extent = new double[2];
    private final double[] q = new double[N * N];
    private long timeNs = Long.MIN_VALUE;
    private long nextId = 1;
    private double processNoiseScale = 1.0;
    private long lateUsed;
    private long lateDropped;
    private long created;
    private long merged;
    private long reanchored;
    private long disputedUpdates;
    private long maneuvers;
    private long positionReanchors;
    private long cameraCut;
    private long radarCut;
    private long partialBoxes;
    private long regrouped;

    public Tracker(FusionConfig config) {
        this.config = config;
        this.life = config.lifecycle();
        this.model = new MeasurementModel(config.camera().longVehicleBearingRelSigma(),
                config.lidar().longVehicleLengthRelSigma(), config.camera().bearingPersistentSigmaRad());
        this.associator = new Associator(config, kf, model);
        this.disputed = new DisputedDetections(config, kf, model);
    }

    /** Multiplies the process noise of later predictions (degraded sensing widens the tracks). */
    public void setProcessNoiseScale(double scale) {
        this.processNoiseScale = scale;
    }

    /** The tracker's time: every track is predicted to it; {@link Long#MIN_VALUE} before the first frame. */
    public long timeNs() {
        return timeNs;
    }

    /** Live, read-only view of the tracks (tentative ones included), oldest first. */
    public List<Track> tracks() {
        return view;
    }

    /** Predicts every track to {@code tNs} if that is later than the tracker's time, then applies the lifecycle. */
    public void predictTo(long tNs) {
        if (timeNs != Long.MIN_VALUE && tNs <= timeNs) {
            return;
        }
        timeNs = tNs;
        for (int i = 0; i < tracks.size(); i++) {
            predictTrack(tracks.get(i), tNs);
        }
        applyLifecycle();
    }

    /**
     * Fuses one sensor frame.
     *
     * @return false when the frame was too late (older than the tracker's time minus
     *     {@code lateToleranceS}) and was dropped
     */
    public boolean process(MeasurementBatch batch) {
        if (timeNs != Long.MIN_VALUE && batch.stampNs < timeNs - Math.round(config.lateToleranceS() * 1e9)) {
            lateDropped++;
            return false;
        }
        if (timeNs == Long.MIN_VALUE || batch.stampNs > timeNs) {
            predictTo(batch.stampNs);
        } else if (batch.stampNs < timeNs) {
            lateUsed++;
        }
        boolean radar = batch.sensor == TrackedObject.SENSOR_RADAR;
        if (batch.sensor == TrackedObject.SENSOR_CAMERA) {
            occlusion.hiddenExtents(tracks, batch);
        }
        associator.associate(tracks, batch);
        double margin = config.association().spawnSuppressMarginM();
        for (int t = 0; t < tracks.size(); t++) {
            int col = associator.columnOf(t);
            if (col >= 0) {
                Measurement m = radar ? radarCentroid.fold(tracks, t, col, batch, associator, margin) : batch.get(col);
                hit(tracks.get(t), m, batch, true);
            }
        }
        reanchor(batch);
        disputedDetections(batch);
        applyMisses(batch);
        int before = tracks.size();
        int[] order = spawnOrder.of(batch);
        for (int k = 0; k < batch.size(); k++) {
            int j = order[k];
            if (associator.rowOf(j) >= 0 || !associator.mayStartTrack(j, batch)) {
                continue;
            }
            Measurement m = batch.get(j);
            if (!CameraSpawnCheck.mayStart(m, batch, tracks, margin)) {
                disputeVehicle(m, batch, margin);
            } else if (!nearTrack(m, batch, before)) {
                spawn(m, batch);
            }
        }
        created += tracks.size() - before;
        applyLifecycle();
        return true;
    }

    /** Published (confirmed and coasting) tracks as messages, appended to {@code dest}; clears their sensor masks. */
    public void output(List<TrackedObject> dest) {
        for (int i = 0; i < tracks.size(); i++) {
            Track t = tracks.get(i);
            if (!t.isPublished()) {
                continue;
            }
            boolean ca = t.motion(config.classParams(t.cls)) == MotionModelKind.CA;
            dest.add(new TrackedObject(t.id, t.cls, t.x[0], t.x[1], t.heightM / 2, t.headingRad,
                    new PlanarVelocity(t.x[2], t.x[3]), ca ? t.x[4] : 0.0, ca ? t.x[5] : 0.0,
                    new Dimensions(t.lengthM, t.widthM, t.heightM), t.p[0], t.p[N + 1], t.p[2 * N + 2],
                    t.p[3 * N + 3], t.existence(), Math.max(0, timeNs - t.bornNs), t.sensorMask,
                    covariance(t.p, 0, 1), covariance(t.p, 2, 3)));
            t.sensorMask = 0;
        }
    }

    /** {@code p[i][j]} (i != j) of a covariance, within the bound its variances set (rounding). */
    private static double covariance(double[] p, int i, int j) {
        double bound = Math.sqrt(Math.max(0, p[i * N + i])) * Math.sqrt(Math.max(0, p[j * N + j]));
        return Math.max(-bound, Math.min(bound, 0.5 * (p[i * N + j] + p[j * N + i])));
    }

    /** Frames used although older than the tracker's time (out of order, within tolerance). */
    public long lateUsed() {
        return lateUsed;
    }

    /** Frames dropped for being older than the tolerance. */
    public long lateDropped() {
        return lateDropped;
    }

    /** Tracks started so far. */
    public long created() {
        return created;
    }

    /** Tracks moved onto a box measurement that first measured their object's size. */
    public long reanchored() {
        return reanchored;
    }

    /** Pedestrian or cyclist tracks updated with what a vehicle detection saw ({@link DisputedDetections}). */
    public long disputedUpdates() {
        return disputedUpdates;
    }

    /** Tracks deleted as duplicates of another. */
    public long merged() {
        return merged;
    }

    private void predictTrack(Track t, long tNs) {
        double dtS = (tNs - t.timeNs) / 1e9;
        if (dtS <= 0) {
            return;
        }
        ClassParams params = config.classParams(t.cls);
        MotionModelKind kind = t.motion(params);
        MotionModel.transition(kind, dtS, f);
        MotionModel.processNoise(params, kind, dtS, t.noiseHeadingRad(params), processNoiseScale, q);
        kf.predict(t.x, t.p, f, q);
        standingOrRiding(t, params, tNs);
        t.timeNs = tNs;
    }

    /**
     * Switches a track of a class with a standing model ({@code standingSpeedMps}) between it and the
     * class's own: riding once its speed exceeds {@code standingSpeedMps}, standing again below half
     * of it. A cyclist's CV model with little noise across its heading rides on, but a standing
     * cyclist's box heading says nothing about where it will go (cyclist-start-near-side: a rider
     * boxed along the road set off across it, and its CV track had 0.62 of 2.3 m/s 0.7 s in), so a
     * standing one gets CA with isotropic jerk, which follows a start at 3 m/s² in any direction;
     * riding, it is back on the quiet CV (CA throughout rang for a second after the crossing cyclist
     * of fusion-crossing stopped at the kerb). A track that stops starts the CA model from zero
     * acceleration, and for {@link #STOP_HOLD_NS} its velocity and acceleration may not point back
     * against its direction of travel: a cyclist that brakes to a stop does not ride backwards, but
     * the position the CV track overshot the stop by read as a start back (fusion-crossing: 0.58
     * m/s back 1.2 s after the stop). A riding track whose velocity turns against its direction of
     * travel in one step stopped too: a rider that stops dead between two lidar frames is overshot by
     * two frames' travel, and the manoeuvre onset read the 0.8 m as -1.6 m/s, fast enough to stay
     * riding, backwards (cyclist-start-near-side at 20 km/h: the ego, creeping on, braked at 9 m/s²).
     * Pedestrians have the rule too (session 20): a pedestrian stopping dead at the kerb after crossing
     * was read stepping back towards the road at 0.8 m/s. The hold applies before a standing track's
     * speed may make it ride again: applied after, a back velocity above {@code standingSpeedMps} (the
     * manoeuvre onset reading the overshoot) rode on as a new direction of travel.
     */
    private void standingOrRiding(Track t, ClassParams params, long nowNs) {
        if (params.standingSpeedMps() <= 0) {
            return;
        }
        if (!t.riding) {
            holdStop(t, nowNs); // before the speed may make it ride again, backwards
        }
        double speed = Math.hypot(t.x[2], t.x[3]);
        boolean reversed = t.riding && t.x[2] * t.travelDirX + t.x[3] * t.travelDirY < 0;
        if (!t.riding && speed > params.standingSpeedMps()) {
            t.riding = true; // the CV prediction drops the acceleration
        } else if (t.riding && (speed < 0.5 * params.standingSpeedMps() || reversed)) {
            t.riding = false;
            t.stoppedNs = nowNs;
            for (int k = 4; k < N; k++) {
                // CV kept the acceleration at 0 and certain: the jerk noise widens it from here
                t.x[k] = 0;
                for (int j = 0; j < N; j++) {
                    t.p[k * N + j] = 0;
                    t.p[j * N + k] = 0;
                }
            }
        }
        if (t.riding) {
            if (speed > params.standingSpeedMps()) {
                t.travelDirX = t.x[2] / speed;
                t.travelDirY = t.x[3] / speed;
            }
        } else {
            holdStop(t, nowNs);
        }
    }

    /** Within {@link #STOP_HOLD_NS} of a stop: no velocity or acceleration back against the travel direction. */
    private static void holdStop(Track t, long nowNs) {
        if (t.stoppedNs != Long.MIN_VALUE && nowNs - t.stoppedNs < STOP_HOLD_NS) {
            double back = t.x[2] * t.travelDirX + t.x[3] * t.travelDirY;
            if (back < 0) {
                t.x[2] -= back * t.travelDirX;
                t.x[3] -= back * t.travelDirY;
            }
            double backAccel = t.x[4] * t.travelDirX + t.x[5] * t.travelDirY;
            if (backAccel < 0) {
                t.x[4] -= backAccel * t.travelDirX;
                t.x[5] -= backAccel * t.travelDirY;
            }
        }
    }

    private void hit(Track t, Measurement m, MeasurementBatch batch, boolean filter) {
        int rank = CovarianceAdjust.positionRank(batch.sensor);
        if (filter && batch.sensor != TrackedObject.SENSOR_LIDAR && cutByFieldOfView(t, batch)) {
            filter = false; // the detection confirms the object, but it measured a part of it, not its visible point
            rank = t.positionRank;
            if (batch.sensor == TrackedObject.SENSOR_CAMERA) {
                cameraCut++;
            } else {
                radarCut++;
            }
        }
        if (filter) {
            ClassParams params = config.classParams(t.cls);
            if (rank > t.positionRank && isVehicle(t.cls)) {
                CovarianceAdjust.reanchorPosition(t, 0.5 * t.widthM);
                positionReanchors++;
            }
            Measurement anchored = partialBox.anchor(t, m, config.lidar().partialLengthRatio(), batch.sensorXM,
                    batch.sensorYM);
            partialBoxes += anchored != m ? 1 : 0;
            double onsetNis = Double.NaN;
            if (model.hasPersistentPart(anchored)) {
                // the manoeuvre test judges the innovation against one frame's error alone
                model.linearise(t, params, anchored, batch, false);
                onsetNis = kf.innovation(t.p, model.h, model.r, model.z, model.zHat, model.dim)
                        ? kf.mahalanobisSq() : Double.NaN;
            }
            model.linearise(t, params, anchored, batch);
            if (kf.innovation(t.p, model.h, model.r, model.z, model.zHat, model.dim)) {
                if (maneuverOnset(t, params, m, batch.stampNs,
                        Double.isNaN(onsetNis) ? kf.mahalanobisSq() : onsetNis)) {
                    kf.innovation(t.p, model.h, model.r, model.z, model.zHat, model.dim);
                    maneuvers++;
                }
                kf.update(t.x, t.p);
                standingOrRiding(t, params, batch.stampNs);
            }
        }
        t.positionRank = Math.max(t.positionRank, rank);
        t.hits++;
        t.radarHits += batch.sensor == TrackedObject.SENSOR_RADAR ? 1 : 0;
        t.lastHitNs = Math.max(t.lastHitNs, batch.stampNs);
        t.sensorMask |= batch.sensor;
        addLogOdds(t, batch.coverage.hitLogOdds());
        ObjectClass before = t.cls;
        t.vote(m.cls, m.classVote);
        ClassDispute.vehicleVote(t, m.cls, m.score, batch.stampNs);
        if (t.cls != before && !t.sizeMeasured) {
            ClassParams prior = config.classParams(t.cls);
            t.lengthM = prior.lengthM();
            t.widthM = prior.widthM();
            t.heightM = prior.heightM();
        }
        if (m.hasBox) {
            t.lastBoxNs = Math.max(t.lastBoxNs, batch.stampNs);
            double a = t.sizeMeasured ? config.lidar().sizeSmoothing() : 1.0;
            // a partial view says nothing about the object's length or width
            boolean partial = PartialBox.isPartial(t, m, config.lidar().partialLengthRatio());
            boolean narrow = PartialBox.isNarrow(t, m, config.lidar().partialLengthRatio());
            t.partialBoxRun = partial || narrow ? t.partialBoxRun + 1 : 0;
            t.lengthM += partial ? 0
                    : PartialBox.lengthWeight(t, m, config.lidar().sizeSmoothing()) * (m.lengthM - t.lengthM);
            t.widthM += narrow ? 0 : a * (m.widthM - t.widthM);
            t.heightM += a * (m.heightM - t.heightM);
            t.sizeMeasured = true;
        }
        updateHeading(t, m);
    }

    /**
     * Manoeuvre onset, judged on the innovation of the update under way (docs/FUSION.md "Kalman
     * filter"). A pedestrian or cyclist goes from standing to walking or riding speed far faster than
     * {@code accelNoiseMps2} lets the filter follow (its track lagged metres behind, lost the lidar and
     * camera gates and was left to the radar): when the whole innovation exceeds the chi-square 99 %
     * quantile, a velocity jump of {@code maneuverSpeedSigmaMps} in any direction, placed at the
     * track's last update (at most {@link #MANEUVER_MAX_DT_S} ago) so this very update reads it from
     * the position offset. A car in a lane change or cut-in accelerates sideways at several m/s²
     * where the lane-keeping noise ({@code lateralNoiseRatio}) allows a fraction of one: its track
     * lagged 0.5 s behind a cut-in 12 m ahead, then overshot. When a lidar box lies further across
     * the heading than the 1-dof 95 % quantile, a velocity jump of {@code maneuverLateralSigmaMps}
     * across the heading only, placed at the previous box: a lane-keeping car keeps its quiet model,
     * a manoeuvring one follows from the box that shows it. Only boxes: a radar cluster's
     * cross-range noise and corner reflections would fake lane changes. Never a weak detection (below
     * {@code minScore}): it may keep a published track going, but its innovation is more likely its
     * own error than the object's manoeuvre (fusion-crossing: a 0.28 lidar CYCLIST box, 2.7 m long,
     * 0.8 m beside a walking pedestrian as the oncoming car passed it, turned its 1.6 m/s along y into
     * 1.3 m/s along x).
     *
     * @param nis the update's d² as the test judges it: a camera frame's without the persistent part of
     *            its bearing error ({@code bearingPersistentSigmaRad}), which frames do not average away
     *            but which one frame's jump is not
     * @return whether the covariance was widened (recompute the innovation)
     */
    private boolean maneuverOnset(Track t, ClassParams params, Measurement m, long stampNs, double nis) {
        if (t.hits <= 1 || m.weak) {
            return false;
        }
        double dtS = Math.min(MANEUVER_MAX_DT_S, Math.max(0, (stampNs - t.lastHitNs) / 1e9));
        if (params.maneuverSpeedSigmaMps() > 0 && dtS > 0 && nis > MANEUVER_NIS[model.dim - 1]) {
            CovarianceAdjust.velocityJump(t, params.maneuverSpeedSigmaMps(), dtS);
            return true;
        }
        if (params.maneuverLateralSigmaMps() > 0 && m.hasBox && t.headingKnown && lateralManeuver(t)) {
            // lidar frames come late, after camera and radar updates: the jump is placed at the previous box
            double sinceBoxS = Math.min(MANEUVER_MAX_DT_S, Math.max(0, (stampNs - t.lastBoxNs) / 1e9));
            if (sinceBoxS > 0) {
                CovarianceAdjust.lateralVelocityJump(t, params.maneuverLateralSigmaMps(), sinceBoxS, t.headingRad);
                t.lastBoxLateralZ = 0;
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the box update under way shows a lane change or cut-in: its lateral innovation alone
     * beyond the 1-dof 95 % quantile, or together with the previous box's on the same side
     * ({@link #LATERAL_MANEUVER_PAIR_SUM}). Remembers this box's innovation for the next.
     */
    private boolean lateralManeuver(Track t) {
        double z = CovarianceAdjust.lateralZ(kf, t.headingRad);
        double previous = t.lastBoxLateralZ;
        t.lastBoxLateralZ = z;
        return z * z > LATERAL_MANEUVER_NIS || Math.abs(z + previous) > LATERAL_MANEUVER_PAIR_SUM;
    }

    /**
     * Whether the camera or radar sees the track's box cut at its field of view's side: part of the
     * object is outside it, so the detection measures the visible part, not the point
     * {@link Track#visiblePoint} predicts from the whole box.
     * <ul>
     *   <li>Camera: the network boxes the visible part, often well inside the image edge (so
     *       {@code CameraMeasurements} cannot tell), its bottom centre off the object's. A truck beside
     *       the ego, its rear out of view, was boxed 1 m ahead of where its track's visible point lay
     *       and pulled the track sideways at 1.8 m/s (highway-cruise).</li>
     *   <li>Radar: its reflections come from the part inside its field of view, the near point beyond it.
     *       An oncoming truck passing the ego, its front already beside the radar, gave one cluster at
     *       its far corner, 3.5-4.8 m from its track's visible point (the middle of a box spanning 130
     *       degrees): each such update pulled the track's speed 0.05-0.12 m/s slower, 0.7 m/s in
     *       0.3 s (fusion-crossing with the real detectors).</li>
     * </ul>
     */
    private boolean cutByFieldOfView(Track t, MeasurementBatch batch) {
        return BoxGeometry.leavesFieldOfView(t.x[0], t.x[1], t.lengthM, t.widthM, t.headingRad, batch.sensorXM,
                batch.sensorYM, batch.sensorYawRad, Math.toRadians(batch.coverage.halfFovDeg()), extent);
    }

    /** Camera detections that confirmed a track without updating its state ({@link #cutByFieldOfView}). */
    public long cameraCut() {
        return cameraCut;
    }

    /** Radar measurements that confirmed a track without updating its state ({@link #cutByFieldOfView}). */
    public long radarCut() {
        return radarCut;
    }

    /** Box updates anchored on one end of a longer track ({@link PartialBox}). */
    public long partialBoxes() {
        return partialBoxes;
    }

    /** Manoeuvres detected ({@link #maneuverOnset}). */
    public long maneuvers() {
        return maneuvers;
    }

    /** First updates by a more precise sensor than any before ({@link CovarianceAdjust#reanchorPosition}). */
    public long positionReanchors() {
        return positionReanchors;
    }

    /**
     * A box measurement (lidar) left unassigned inside the box (grown by the suppression margin) of a
     * track of a compatible class that nothing updated this frame is that track's object, off by more
     * than the gate allows: a camera or radar track of a long object (a truck taken for a car) sits
     * off its true centre, or a track drifted while the object passed close by. The track keeps its
     * id, takes the box's position and covariance, and, if its size was already measured (so the
     * drift came from a wrong velocity), a wider velocity covariance.
     */
    private void reanchor(MeasurementBatch batch) {
        double margin = config.association().spawnSuppressMarginM();
        for (int j = 0; j < batch.size(); j++) {
            Measurement m = batch.get(j);
            if (!m.hasBox || m.weak || associator.rowOf(j) >= 0) {
                continue;
            }
            int best = -1;
            double bestD = Double.POSITIVE_INFINITY;
            for (int i = 0; i < tracks.size(); i++) {
                Track t = tracks.get(i);
                double d = Math.hypot(m.z[0] - t.x[0], m.z[1] - t.x[1]);
                if (associator.columnOf(i) < 0 && t.contains(m.z[0], m.z[1], margin) && d < bestD
                        && Associator.classPenalty(t.cls, m.cls, 0) != Assignment.FORBIDDEN) {
                    best = i;
                    bestD = d;
                }
            }
            if (best >= 0) {
                Track t = tracks.get(best);
                Measurement anchored = partialBox.anchor(t, m, config.lidar().partialLengthRatio(), batch.sensorXM,
                        batch.sensorYM);
                t.x[0] = anchored.z[0];
                t.x[1] = anchored.z[1];
                for (int k = 0; k < N; k++) {
                    // position decorrelated from the rest: the old position was biased
                    t.p[k] = t.p[N + k] = t.p[k * N] = t.p[k * N + 1] = 0;
                }
                t.p[0] = anchored.r[0];
                t.p[1] = anchored.r[1];
                t.p[N] = anchored.r[m.dim];
                t.p[N + 1] = anchored.r[m.dim + 1];
                if (t.sizeMeasured) {
                    ClassParams params = config.classParams(t.cls);
                    double widen = params.initSpeedSigmaMps() / 4;
                    // a vehicle's velocity was wrong along its heading (braking, a growing box), or
                    // across it no more than a lane change's
                    double across = params.maneuverLateralSigmaMps() > 0 && t.headingKnown
                            ? Math.min(widen, params.maneuverLateralSigmaMps()) : widen;
                    CovarianceAdjust.widenVelocity(t, widen, across, t.headingRad);
                }
                associator.assign(best, j);
                hit(t, m, batch, false);
                reanchored++;
            }
        }
    }

    /**
     * Vehicle detections disputed by a published pedestrian or cyclist track ({@link DisputedDetections})
     * update it as class-less measurements if nothing else of this frame did, and start no track.
     */
    private void disputedDetections(MeasurementBatch batch) {
        for (int j = 0; j < batch.size(); j++) {
            if (associator.rowOf(j) >= 0 || associator.gatedWithATrack(j) || batch.get(j).weak) {
                continue;
            }
            int i = disputed.match(tracks, batch.get(j), batch);
            if (i >= 0 && associator.columnOf(i) < 0) {
                associator.assign(i, j);
                hit(tracks.get(i), disputed.faceMeasurement(), batch, true);
                disputedUpdates++;
            } else if (i >= 0) {
                associator.claim(j);
            }
        }
    }

    /**
     * A confident camera pedestrian or cyclist that a published vehicle track's box kept from starting
     * a track votes on that track, which may become a pedestrian or cyclist track ({@link ClassDispute}).
     */
    private void disputeVehicle(Measurement m, MeasurementBatch batch, double margin) {
        int i = CameraSpawnCheck.blockingVehicle(m, batch, tracks, margin);
        if (i >= 0 && ClassDispute.dispute(tracks.get(i), m, CameraSpawnCheck.rangeM(m, batch), batch.stampNs, config,
                batch.sensorXM, batch.sensorYM)) {
            regrouped++;
        }
    }

    /** Vehicle tracks that became pedestrian or cyclist tracks ({@link ClassDispute}). */
    public long regrouped() {
        return regrouped;
    }

    /**
     * Heading: from box measurements where there are any (a box's yaw does not wobble at low speed the
     * way a velocity's direction does), smoothed, its pi ambiguity resolved towards the velocity (or
     * the current heading when slow); from the velocity for tracks never seen as a box. A pedestrian's
     * or cyclist's boxes after the first set no heading: the lidar network was trained on cyclists
     * riding along the road only and boxes every cyclist along it, so a side-on one standing at the
     * kerb got a track lying along the line of sight, whose near-face updates then placed its centre
     * 0.5 m too far (fusion-crossing); its heading is the one it rode in.
     */
    private void updateHeading(Track t, Measurement m) {
        double speed = Math.hypot(t.x[2], t.x[3]);
        double reference = speed > HEADING_FROM_VELOCITY_MIN_MPS ? Math.atan2(t.x[3], t.x[2]) : t.headingRad;
        if (m.hasBox && !isVulnerable(t.cls)) {
            double yaw = Math.abs(Angles.wrap(m.yawRad - reference)) <= Math.PI / 2 ? m.yawRad : m.yawRad + Math.PI;
            double a = t.boxHeading ? config.lidar().sizeSmoothing() : 1.0;
            double base = t.boxHeading ? t.headingRad : yaw;
            t.headingRad = Angles.wrap(base + a * Angles.wrap(yaw - base));
            t.boxHeading = true;
            t.headingKnown = true;
        } else if (!t.boxHeading && speed > HEADING_FROM_VELOCITY_MIN_MPS) {
            t.headingRad = reference;
            t.headingKnown = true;
        } else if (t.boxHeading && speed > HEADING_FROM_VELOCITY_MIN_MPS
                && Math.abs(Angles.wrap(reference - t.headingRad)) > Math.PI / 2) {
            t.headingRad = Angles.wrap(t.headingRad + Math.PI); // the box's direction was the wrong way round
        }
    }

    private void applyMisses(MeasurementBatch batch) {
        double miss = batch.coverage.missLogOdds();
        if (miss == 0) {
            return;
        }
        occlusion.prepare(tracks, batch);
        for (int t = 0; t < tracks.size(); t++) {
            Track track = tracks.get(t);
            if (associator.columnOf(t) < 0 && batch.covers(track.x[0], track.x[1]) && !occlusion.isOccluded(t)) {
                double weak = bestWeakScore(track, batch);
                if (weak < 0) {
                    addLogOdds(track, miss * missWeight(track, batch));
                } else {
                    double fraction = weakHitFraction(weak, batch.coverage);
                    track.weakHits += fraction;
                    addLogOdds(track, fraction * batch.coverage.hitLogOdds());
                }
            }
        }
    }

    /** Weight of a miss of {@code t} by {@code batch}'s sensor: the camera's by apparent size, the others' 1. */
    private double missWeight(Track t, MeasurementBatch batch) {
        if (batch.sensor != TrackedObject.SENSOR_CAMERA) {
            return 1.0;
        }
        double rangeM = Math.hypot(t.x[0] - batch.sensorXM, t.x[1] - batch.sensorYM);
        return config.camera().missWeight(t.widthM, t.heightM, rangeM);
    }

    /**
     * The best score of a weak detection (below {@code minScore}: it may not update a tentative
     * track) of a compatible class inside the gate of the tentative track {@code t}, or -1 when there
     * is none: the sensor did see something there, so it is no miss. A car 25 m straight ahead scored
     * 0.46 in every lidar frame (fusion-crossing): each frame's miss killed the track the radar started
     * on it, so the lead car stayed untracked until a lidar frame scored 0.5 (1-6 s). What it is
     * worth instead: {@link #weakHitFraction}.
     */
    private double bestWeakScore(Track t, MeasurementBatch batch) {
        if (t.isPublished()) {
            return -1; // a published track was offered its weak detections as updates
        }
        ClassParams cp = config.classParams(t.cls);
        double best = -1;
        for (int j = 0; j < batch.size(); j++) {
            Measurement m = batch.get(j);
            if (!m.weak || associator.rowOf(j) >= 0 || m.score <= best
                    || Associator.classPenalty(t.cls, m.cls, 0) == Assignment.FORBIDDEN) {
                continue;
            }
            if (withinMahalanobis(t, cp, m, batch, cp.gateMahalanobisSq())) {
                best = m.score;
            }
        }
        return best;
    }

    /**
     * What a weak detection scoring {@code score} in a tentative track's gate is worth, as a fraction
     * of a hit: where the score lies between {@code updateMinScore} (nothing) and {@code minScore} (a
     * full hit). It adds that fraction of the sensor's hit log-odds to the existence, and counts as
     * that fraction of a hit towards confirmation ({@link TrackLifecycle}). A detector's score grows
     * with the evidence it saw, so a box just below {@code minScore} is nearly as good a sighting. Fusion-crossing at dusk: the lidar
     * scored a pedestrian 38 m ahead 0.61, 0.37, 0.37, 0.37, 0.65 in five frames (4-5 returns) and a
     * side-on cyclist at 47 m 0.34-0.49 between its boxes of 0.5-0.61, and the camera, which saw
     * neither, took 0.3 log-odds from each per 0.1 s: as no-misses the three weak frames left both
     * tentative for 0.4-0.5 s. The same cyclist, once at the kerb, was boxed 0.33 and 0.40 (its
     * track starts on them) before 0.61, 0.51, 0.50: counted as no hits, its third confident box
     * confirmed it 1.0 s after it came out from behind the lead car, a frame late.
     */
    static double weakHitFraction(double score, SensorCommon coverage) {
        double span = coverage.minScore() - coverage.updateMinScore();
        return span > 0 ? Math.clamp((score - coverage.updateMinScore()) / span, 0.0, 1.0) : 0.0;
    }

    private void spawn(Measurement m, MeasurementBatch batch) {
        Track t = new Track(nextId++, batch.stampNs);
        ClassParams params = config.classParams(m.cls);
        t.cls = m.cls;
        t.vote(m.cls, m.classVote);
        t.lengthM = m.hasBox ? m.lengthM : params.lengthM();
        t.widthM = m.hasBox ? m.widthM : params.widthM();
        t.heightM = m.hasBox ? m.heightM : params.heightM();
        t.sizeMeasured = m.hasBox;
        t.headingRad = m.hasBox ? m.yawRad : batch.sensorYawRad;
        t.headingKnown = m.hasBox;
        TrackInit.initialise(t, m, batch, params);
        t.logOdds = Math.log(life.initialExistence() / (1 - life.initialExistence()));
        t.hits = m.weak ? 0 : 1; // a weak detection updates no tentative track: it counts no hit either
        t.weakHits = m.weak ? weakHitFraction(m.score, batch.coverage) : 0; // ... but a sighting
        t.positionRank = CovarianceAdjust.positionRank(batch.sensor);
        t.sensorMask = batch.sensor;
        tracks.add(t);
        predictTrack(t, timeNs); // a late frame's track catches up with the others
    }

    /**
     * Whether an unassigned measurement belongs to a track already there: inside one's box grown by
     * the suppression margin and the measurement's cross-range standard deviation (a far radar corner
     * 0.7 m outside a truck's box is the truck's), a box holding a published track's centre, a
     * size-less detection that would touch a measured box (both as duplicates are merged), or (for
     * tracks born from this frame, which the associator did not see) within the suppression distance.
     * A track no confident detection has updated yet (started by a weak one, {@code hits} 0) holds
     * back no confident detection: oncoming-traffic, lidar only, a weak CYCLIST box (0.27) where an
     * oncoming car appeared at 52 m started a track that kept the car's own CAR boxes (0.64-0.83,
     * which may not update a cyclist's track) from starting one for 0.2 s.
     */
    private boolean nearTrack(Measurement m, MeasurementBatch batch, int firstNew) {
        double margin = config.association().spawnSuppressMarginM();
        for (int i = 0; i < tracks.size(); i++) {
            Track t = tracks.get(i);
            if (t.state == TrackState.DELETED || !m.weak && t.hits == 0) {
                continue;
            }
            if (t.contains(m.z[0], m.z[1], margin + m.acrossSightSigmaM(batch.sensorXM, batch.sensorYM))) {
                return true;
            }
            if (m.hasBox && t.isPublished()
                    && BoxGeometry.contains(m.z[0], m.z[1], m.lengthM, m.widthM, m.yawRad, t.x[0], t.x[1], 0)) {
                return true; // it would hold a published track's centre: a duplicate the merge would fold back
            }
            if (!m.hasBox && t.sizeMeasured && Associator.classPenalty(t.cls, m.cls, 0) != Assignment.FORBIDDEN) {
                // a size-less detection whose object, of its class's prior size, would touch the box
                ClassParams prior = config.classParams(m.cls);
                if (t.touches(m.z[0], m.z[1], prior.lengthM(), prior.widthM(), t.headingRad,
                        config.lifecycle().mergeDistanceM())) {
                    return true;
                }
            }
            if (i >= firstNew) {
                if (withinMahalanobis(t, config.classParams(t.cls), m, batch,
                        config.association().spawnSuppressMahalanobisSq())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code m}'s squared Mahalanobis distance from {@code t} is at most {@code limit}. */
    private boolean withinMahalanobis(Track t, ClassParams cp, Measurement m, MeasurementBatch batch, double limit) {
        model.linearise(t, cp, m, batch);
        return kf.innovation(t.p, model.h, model.r, model.z, model.zHat, model.dim) && kf.mahalanobisSq() <= limit;
    }

    private void addLogOdds(Track t, double delta) {
        t.logOdds = Math.max(-life.maxLogOdds(), Math.min(life.maxLogOdds(), t.logOdds + delta));
    }

    private void applyLifecycle() {
        for (int i = 0; i < tracks.size(); i++) {
            Track t = tracks.get(i);
            double sinceHitS = (timeNs - t.lastHitNs) / 1e9;
            double narrow = smallerEigenvalue(t.p[0], t.p[1], t.p[N + 1]);
            double wide = t.p[0] + t.p[N + 1] - narrow;
            t.state = TrackLifecycle.next(t.state, t.existence(), confirmingHits(t), t.weakHits, sinceHitS,
                    Math.sqrt(narrow), Math.sqrt(wide), life, config.classParams(t.cls));
        }
        merged += Duplicates.merge(tracks, life);
        tracks.removeIf(t -> t.state == TrackState.DELETED);
    }

    /** Cars, trucks, buses and motorcyclists: rigid, non-holonomic objects. */
    static boolean isVehicle(ObjectClass c) {
        return c == ObjectClass.CAR || c == ObjectClass.TRUCK || c == ObjectClass.BUS || c == ObjectClass.MOTORCYCLIST;
    }

    /**
     * The hits that count towards confirming {@code t}: all of them, but a pedestrian's or cyclist's
     * radar hits only raise its existence. The radar cannot tell a pedestrian from a car's corner (its
     * clusters of both are weak, class-less, and gated loosely: a metre across, more along): a tentative
     * pedestrian track started on weak lidar boxes at a parked car's corner was confirmed by the
     * corner clusters of that car and the next, 3-4 m away, lived 13 s on them and jumped about at up
     * to 2 m/s (pedestrian-near-side-occluded at 20 km/h: the ego braked at 9 m/s² for it).
     */
    static int confirmingHits(Track t) {
        return isVulnerable(t.cls) ? t.hits - t.radarHits : t.hits;
    }

    /** Pedestrians and cyclists. */
    static boolean isVulnerable(ObjectClass c) {
        return c == ObjectClass.PEDESTRIAN || c == ObjectClass.CYCLIST;
    }

    /** Smaller eigenvalue of the symmetric 2x2 matrix [a b; b d]. */
    static double smallerEigenvalue(double a, double b, double d) {
        double mean = 0.5 * (a + d);
        double diff = 0.5 * (a - d);
        return mean - Math.sqrt(diff * diff + b * b);
    }
}
