package io.avstack.fusion.track;

import io.avstack.fusion.config.ClassParams;
import io.avstack.fusion.config.MotionModelKind;
import java.util.Arrays;

/**
 * The state of a new track from its first measurement: position from the measurement (moved from
 * the near side to the centre for surface measurements, with extra spread for the unknown size),
 * velocity zero with the class's initial spread, or, from a radar range rate, the radial velocity
 * along the line of sight (accurate radially, unknown across).
 */
final class TrackInit {

    /** Standard deviation of a near-side-to-centre offset, as a fraction of the offset. */
    static final double SURFACE_OFFSET_REL_SIGMA = 0.3;
    private static final int N = MotionModel.N;

    private TrackInit() {
    }

    /** Fills {@code t.x} and {@code t.p}; the track's size and heading must be set first. */
    /** Index of the velocity (vx, vy) and of the acceleration (ax, ay) in the state. */
    private static final int VELOCITY = 2;
    private static final int ACCELERATION = 4;

    static void initialise(Track t, Measurement m, MeasurementBatch batch, ClassParams params) {
        Arrays.fill(t.x, 0);
        Arrays.fill(t.p, 0);
        double dx = m.z[0] - batch.sensorXM;
        double dy = m.z[1] - batch.sensorYM;
        double range = Math.max(1e-3, Math.hypot(dx, dy));
        double ux = dx / range;
        double uy = dy / range;
        double extraVar = 0;
        t.x[0] = m.z[0];
        t.x[1] = m.z[1];
        if (m.surface) {
            double off = t.surfaceOffsetM(Math.atan2(dy, dx));
            t.x[0] += off * ux;
            t.x[1] += off * uy;
            extraVar = (SURFACE_OFFSET_REL_SIGMA * off) * (SURFACE_OFFSET_REL_SIGMA * off);
        }
        int n = m.dim;
        t.p[0] = m.r[0] + extraVar;
        t.p[1] = m.r[1];
        t.p[N] = m.r[n];
        t.p[N + 1] = m.r[n + 1] + extraVar;
        double vInit = params.initSpeedSigmaMps() * params.initSpeedSigmaMps();
        if (m.dim == 3) {
            double radial = m.z[2] + batch.sensorVxMps * ux + batch.sensorVyMps * uy;
            t.x[2] = radial * ux;
            t.x[3] = radial * uy;
            double vRadial = m.r[2 * n + 2];
            // radial vRadial along u, vInit across: vRadial u uᵀ + vInit (I - u uᵀ)
            t.p[2 * N + 2] = vRadial * ux * ux + vInit * uy * uy;
            t.p[2 * N + 3] = (vRadial - vInit) * ux * uy;
            t.p[3 * N + 2] = t.p[2 * N + 3];
            t.p[3 * N + 3] = vRadial * uy * uy + vInit * ux * ux;
        } else {
            alongHeading(t, params, vInit, VELOCITY);
        }
        if (t.motion(params) == MotionModelKind.CA) {
            alongHeading(t, params, params.initAccelSigmaMps2() * params.initAccelSigmaMps2(), ACCELERATION);
        }
    }

    /**
     * Sets the initial covariance of the velocity (block at {@code VELOCITY}) or acceleration (at
     * {@code ACCELERATION}): variance {@code along} along the track's heading and {@code
     * lateralNoiseRatio²} of it across, as the process noise ({@link MotionModel#processNoise});
     * isotropic while the heading is unknown (a guess, or a standing cyclist's).
     * <ul>
     *   <li>Acceleration (session 17). Position updates at 10 Hz hardly observe an acceleration, so an
     *       isotropic 2 m/s² stayed near 1.6 m/s² across a car's heading a second after its first box,
     *       held its lateral velocity's standard deviation at 0.7 m/s and let one camera box 0.3 m to
     *       the side read as 0.6 m/s across (fusion-crossing with the real detectors: the lead car at
     *       25 m, well tracked by the lidar from 0.2 s, off the bounds at 0.84-1.1 s).</li>
     *   <li>Velocity of a track a box started (session 18; a radar-born track's is set from its range
     *       rate). A car moves along its heading: with 15 m/s in every direction, a parked car that
     *       came into view beside the ego's lane (pedestrian-near-side-occluded, 60 km/h), boxed by the
     *       lidar at its place, was pulled 1.2 m towards the lane in 0.3 s by the radar's clusters on
     *       its near corner, at up to 6 m/s across, and the planner braked at 7 m/s² for it. With 6
     *       m/s across (0.4 x 15) it reached 3.6 m/s before the next lidar box put it back.</li>
     * </ul>
     */
    private static void alongHeading(Track t, ClassParams params, double along, int block) {
        double heading = t.noiseHeadingRad(params);
        double across = Double.isNaN(heading) ? along : along * params.lateralNoiseRatio() * params.lateralNoiseRatio();
        double c = Double.isNaN(heading) ? 1 : Math.cos(heading);
        double s = Double.isNaN(heading) ? 0 : Math.sin(heading);
        t.p[block * N + block] = along * c * c + across * s * s;
        t.p[(block + 1) * N + block + 1] = along * s * s + across * c * c;
        t.p[block * N + block + 1] = (along - across) * c * s;
        t.p[(block + 1) * N + block] = t.p[block * N + block + 1];
    }
}
