package io.avstack.fusion.track;

import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.config.ClassParams;

/**
 * Linearises one (track, measurement) pair: predicted measurement {@code zHat}, Jacobian {@code H}
 * (m x 6), effective covariance {@code R} and the measurement {@code z} the filter compares against.
 *
 * <ul>
 *   <li>Position rows observe {@code (x, y)}: the centre for a box measurement; for a surface
 *       measurement (camera ground point, radar centroid) the track's {@link Track#visiblePoint}, the
 *       middle of its box's angular extent on the near side, which moves with the centre.</li>
 *   <li>The range-rate row is {@code (v - vSensor) · u}, u the unit line of sight from the sensor to
 *       the measured reflection point ({@code ∂/∂v = u}).</li>
 *   <li>A camera measurement of a long vehicle's track (6 m or longer) has its cross-range variance
 *       grown by {@code (longVehicleBearingRelSigma * angular width * range)²}: a truck seen obliquely is
 *       boxed short of its trailing side (highway-cruise: a truck 16 m ahead, wholly in view, boxed
 *       with its centre 50 px off, pulled its track sideways at 1.4 m/s). On every box, cars too, the
 *       same noise read a car cutting in 12 m ahead a frame later (cut-in-close, closed loop: min TTC
 *       0.87 -> 0.76 s).</li>
 *   <li>A radar cluster on a long vehicle's track has its cross-range variance grown by
 *       {@code ((visible width - the cluster's span across the line of sight) / sqrt 12)²}: its
 *       reflections may come from any part of the truck's visible width they do not span, and its
 *       centroid stands for the middle of that width (fusion-crossing: an oncoming truck at 70 m, its
 *       near corner hidden by the oncoming car, was seen by the radar at its far corner only; the
 *       track the radar started sat 1.6 m off, the camera's first boxes pulled it over within 0.4 s,
 *       and the 0.6-0.7 m/s of lateral velocity that made took 1.5 s to decay).</li>
 *   <li>A lidar box on a long vehicle's track has its variance along the track's heading grown by
 *       {@code (longVehicleLengthRelSigma * track length)²}: the network's box centre errs in
 *       proportion to the object's length (fusion-crossing: an oncoming truck passing the ego was boxed
 *       1.0-1.2 m short of its centre for several frames, each box at the car's 0.2 m, and its track
 *       followed them 1.0-1.2 m off while the radar saw both of its ends within 0.2 m).</li>
 *   <li>A lidar box on a long vehicle's track whose box the sensor lies beside (between its ends
 *       along its heading) has its variance across the heading grown by
 *       {@code (0.5 * track length * sin(turn))²}, turn the angle between the box's yaw and the
 *       track's heading: beside the ego the lidar sees only the truck's side, 2-3 m away, and the
 *       network's boxes there were turned 5-10 degrees and their centres 0.2-0.45 m towards the ego
 *       (a box turned by {@code turn} misplaces its centre across the heading by up to that much).
 *       Without it, three such boxes in 0.3 s read as 0.6 m/s of lateral velocity (fusion-crossing,
 *       the oncoming truck passing the ego). Only alongside: a truck 44 m ahead, boxed turned as
 *       much, is measured well by the same boxes (widened, it was 0.75 m/s off for two frames).</li>
 *   <li>Time alignment: a measurement stamped {@code tau = t_meas - t_track} away from the track's
 *       time (late, out of order) observes the retrodicted state {@code F(tau) x}: {@code H = H0 F(tau)},
 *       {@code R = R0 + H0 Q(|tau|) H0ᵀ}.</li>
 * </ul>
 * Allocation-free; one thread.
 */
final class MeasurementModel {

    private static final int N = MotionModel.N;
    /** Tracks at least this long are long vehicles (trucks, buses), m. */
    static final double LONG_VEHICLE_M = 6.0;

    final double[] h = new double[3 * N];
    final double[] zHat = new double[3];
    final double[] z = new double[3];
    final double[] r = new double[9];
    int dim;

    private final double longVehicleBearingRelSigma;
    private final double longVehicleLengthRelSigma;
    private final double bearingPersistentSigmaRad;
    private final double[] extent = new double[2];
    /** Unit line of sight of the measurement being linearised ({@link #lineOfSight}). */
    private final double[] los = new double[2];
    private final double[] h0 = new double[3 * N];
    private final double[] f = new double[N * N];
    private final double[] q = new double[N * N];
    private final double[] xs = new double[N];
    private final double[] hq = new double[3 * N];
    private final double[] hqh = new double[9];

    /**
     * Prepares {@link #h}, {@link #zHat}, {@link #z}, {@link #r} for {@code track} and {@code m}.
     *
     * @param params class parameters of the track (motion model for time alignment)
     */
    void linearise(Track track, ClassParams params, Measurement m, MeasurementBatch batch) {
        linearise(track, params, m, batch, true);
    }

    /** Whether {@code m}'s covariance gets a persistent part ({@code bearingPersistentSigmaRad}) in {@link #linearise}. */
    boolean hasPersistentPart(Measurement m) {
        return m.sensor == TrackedObject.SENSOR_CAMERA && bearingPersistentSigmaRad > 0;
    }

    /**
     * @param persistent whether to add the part of a camera bearing's error that lasts over frames
     *                   ({@code bearingPersistentSigmaRad}): yes to weigh the frame in an update (frames
     *                   do not average it away), no to judge one frame's innovation (the manoeuvre test)
     */
    void linearise(Track track, ClassParams params, Measurement m, MeasurementBatch batch, boolean persistent) {
        dim = m.dim;
        double tauS = (batch.stampNs - track.timeNs) / 1e9;
        boolean shifted = tauS != 0;
        if (shifted) {
            MotionModel.transition(track.motion(params), tauS, f);
            for (int i = 0; i < N; i++) {
                double s = 0;
                for (int j = 0; j < N; j++) {
                    s += f[i * N + j] * track.x[j];
                }
                xs[i] = s;
            }
        } else {
            System.arraycopy(track.x, 0, xs, 0, N);
        }
        java.util.Arrays.fill(h0, 0, dim * N, 0.0);
        h0[0] = 1;
        h0[N + 1] = 1;
        if (m.surface) {
            // the visible point moves with the centre: same Jacobian, shifted prediction
            track.visiblePoint(xs[0], xs[1], batch.sensorXM, batch.sensorYM, zHat);
        } else {
            zHat[0] = xs[0];
            zHat[1] = xs[1];
        }
        z[0] = m.z[0];
        z[1] = m.z[1];
        if (dim == 3) {
            rangeRateRow(m, batch);
        }
        System.arraycopy(m.r, 0, r, 0, dim * dim);
        boolean longVehicle = isLongVehicle(track);
        if (longVehicle && (m.sensor == TrackedObject.SENSOR_RADAR
                || m.sensor == TrackedObject.SENSOR_CAMERA && longVehicleBearingRelSigma > 0)) {
            widenAcrossSight(track, m, batch);
        }
        if (m.sensor == TrackedObject.SENSOR_CAMERA && track.hiddenRad > 0) {
            widenByHiddenPart(track, m, batch);
        }
        if (persistent && hasPersistentPart(m)) {
            double range = lineOfSight(m, batch);
            if (range > 0) {
                addToPosition(bearingPersistentSigmaRad * Math.max(range, 1.0), -los[1], los[0]);
            }
        }
        if (m.hasBox && longVehicleLengthRelSigma > 0 && longVehicle) {
            addToPosition(longVehicleLengthRelSigma * track.lengthM, Math.cos(track.headingRad),
                    Math.sin(track.headingRad));
        }
        if (m.hasBox && longVehicle && track.headingKnown && alongside(track, batch)) {
            double turn = Math.abs(Angles.wrap(m.yawRad - track.headingRad));
            addToPosition(0.5 * track.lengthM * Math.sin(Math.min(turn, Math.PI - turn)), -Math.sin(track.headingRad),
                    Math.cos(track.headingRad));
        }
        if (shifted) {
            Mat.mul(h0, f, dim, N, N, h);
            MotionModel.processNoise(params, track.motion(params), tauS, track.noiseHeadingRad(params), 1.0, q);
            Mat.mul(h0, q, dim, N, N, hq);
            Mat.mulTransB(hq, h0, dim, N, dim, hqh);
            for (int i = 0; i < dim * dim; i++) {
                r[i] += hqh[i];
            }
        } else {
            System.arraycopy(h0, 0, h, 0, dim * N);
        }
    }

    /** No widening for long vehicles (unit tests of the plain model). */
    MeasurementModel() {
        this(0, 0);
    }

    /**
     * @param longVehicleBearingRelSigma the camera's {@code longVehicleBearingRelSigma}
     * @param longVehicleLengthRelSigma  the lidar's {@code longVehicleLengthRelSigma}
     */
    MeasurementModel(double longVehicleBearingRelSigma, double longVehicleLengthRelSigma) {
        this(longVehicleBearingRelSigma, longVehicleLengthRelSigma, 0);
    }

    /** @param bearingPersistentSigmaRad the camera's {@code bearingPersistentSigmaRad} */
    MeasurementModel(double longVehicleBearingRelSigma, double longVehicleLengthRelSigma,
            double bearingPersistentSigmaRad) {
        this.longVehicleBearingRelSigma = longVehicleBearingRelSigma;
        this.longVehicleLengthRelSigma = longVehicleLengthRelSigma;
        this.bearingPersistentSigmaRad = bearingPersistentSigmaRad;
    }

    /** Whether {@code t} is a truck's or bus's track: a vehicle {@link #LONG_VEHICLE_M} or longer. */
    static boolean isLongVehicle(Track t) {
        return Tracker.isVehicle(t.cls) && t.lengthM >= LONG_VEHICLE_M;
    }

    /** Whether the sensor lies beside {@code t}'s box: between its two ends along its heading. */
    private static boolean alongside(Track t, MeasurementBatch batch) {
        double along = Math.cos(t.headingRad) * (batch.sensorXM - t.x[0]) + Math.sin(t.headingRad) * (batch.sensorYM - t.x[1]);
        return Math.abs(along) < 0.5 * t.lengthM;
    }

    /** Adds {@code sigma²} along the unit direction (ux, uy) to the position rows of {@link #r}. */
    private void addToPosition(double sigma, double ux, double uy) {
        double v = sigma * sigma;
        r[0] += v * ux * ux;
        r[1] += v * ux * uy;
        r[dim] += v * ux * uy;
        r[dim + 1] += v * uy * uy;
    }

    /**
     * Grows the cross-range variance of a camera box or radar cluster on a long vehicle's track by
     * what the track's visible width (angular width x range) leaves open: the camera's by
     * {@code (longVehicleBearingRelSigma * visible width)²}, the radar's by {@code ((visible width -
     * spanAcrossSightM) / sqrt 12)²}, the reflections lying anywhere on the width they do not span.
     */
    private void widenAcrossSight(Track track, Measurement m, MeasurementBatch batch) {
        double range = lineOfSight(m, batch);
        if (range == 0) {
            return;
        }
        BoxGeometry.bearingExtent(track.x[0], track.x[1], track.lengthM, track.widthM, track.headingRad,
                batch.sensorXM, batch.sensorYM, extent);
        double visibleM = (extent[1] - extent[0]) * range;
        double sigma = m.sensor == TrackedObject.SENSOR_RADAR
                ? Math.max(0, visibleM - m.spanAcrossSightM) / Math.sqrt(12) : longVehicleBearingRelSigma * visibleM;
        addToPosition(sigma, -los[1], los[0]);
    }

    /**
     * Grows the cross-range variance of a camera box on a track partly hidden behind a nearer one by
     * {@code (hidden angular width x range / sqrt 12)²}: the detector boxes what it sees of the object
     * and guesses some of the rest, so the box's middle lies anywhere between the middle of the
     * visible part and the middle of the whole (uniform over the hidden width). A car parked beside
     * the ego's lane, 10 m ahead, its rear corner hidden by the car parked before it, was boxed with
     * its bottom centre 0.3 m towards the lane (0.03 rad, five bearing sigmas), and the track read a
     * car pulling out at 0.7 m/s (pedestrian-near-side-occluded, 40 km/h: the planner braked at 9 m/s²).
     */
    private void widenByHiddenPart(Track track, Measurement m, MeasurementBatch batch) {
        double range = lineOfSight(m, batch);
        if (range > 0) {
            addToPosition(track.hiddenRad * range / Math.sqrt(12), -los[1], los[0]);
        }
    }

    /**
     * The range from the batch's sensor to {@code m}'s position, its unit direction into {@link #los};
     * 0 (and {@link #los} untouched) when the two coincide.
     */
    private double lineOfSight(Measurement m, MeasurementBatch batch) {
        double dx = m.z[0] - batch.sensorXM;
        double dy = m.z[1] - batch.sensorYM;
        double range = Math.hypot(dx, dy);
        if (range < 1e-6) {
            return 0;
        }
        los[0] = dx / range;
        los[1] = dy / range;
        return range;
    }

    /**
     * The radial velocity at the reflection point: every point of a rigid, non-rotating object moves
     * with its velocity, so the range rate is {@code (v - vSensor) · u} with u the line of sight to the
     * measured point (not to the track's centre, which near the sensor looks in a very different
     * direction). Linear in the state: {@code ∂/∂v = u}.
     */
    private void rangeRateRow(Measurement m, MeasurementBatch batch) {
        double px = m.z[0] - batch.sensorXM;
        double py = m.z[1] - batch.sensorYM;
        double range = Math.max(1e-3, Math.hypot(px, py));
        double ux = px / range;
        double uy = py / range;
        int row = 2 * N;
        h0[row + 2] = ux;
        h0[row + 3] = uy;
        zHat[2] = (xs[2] - batch.sensorVxMps) * ux + (xs[3] - batch.sensorVyMps) * uy;
        z[2] = m.z[2];
    }
}
