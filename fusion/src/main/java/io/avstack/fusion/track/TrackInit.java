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
            t.p[2 * N + 2] = vInit;
            t.p[3 * N + 3] = vInit;
        }
        if (t.motion(params) == MotionModelKind.CA) {
            initialAcceleration(t, params);
        }
    }

    /**
     * The acceleration's initial covariance: {@code initAccelSigmaMps2} along the track's heading and
     * {@code lateralNoiseRatio} of it across, as the process noise ({@link MotionModel#processNoise});
     * isotropic while the heading is unknown. Position updates at 10 Hz hardly observe an acceleration,
     * so an isotropic 2 m/s² stayed near 1.6 m/s² across a car's heading a second after its first box,
     * held its lateral velocity's standard deviation at 0.7 m/s and let one camera box 0.3 m to the
     * side read as 0.6 m/s across (fusion-crossing with the real detectors: the lead car at 25 m,
     * well tracked by the lidar from 0.2 s, off the bounds at 0.84-1.1 s).
     */
    private static void initialAcceleration(Track t, ClassParams params) {
        double along = params.initAccelSigmaMps2() * params.initAccelSigmaMps2();
        double heading = t.noiseHeadingRad(params);
        if (Double.isNaN(heading)) {
            t.p[4 * N + 4] = along;
            t.p[5 * N + 5] = along;
            return;
        }
        double across = along * params.lateralNoiseRatio() * params.lateralNoiseRatio();
        double c = Math.cos(heading);
        double s = Math.sin(heading);
        t.p[4 * N + 4] = along * c * c + across * s * s;
        t.p[5 * N + 5] = along * s * s + across * c * c;
        t.p[4 * N + 5] = (along - across) * c * s;
        t.p[5 * N + 4] = t.p[4 * N + 5];
    }
}
