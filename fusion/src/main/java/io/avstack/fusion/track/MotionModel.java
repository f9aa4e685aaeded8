package io.avstack.fusion.track;

import io.avstack.fusion.config.ClassParams;
import io.avstack.fusion.config.MotionModelKind;

/**
 * Transition and process noise of the 6-state planar model {@code [x, y, vx, vy, ax, ay]} (m, m/s,
 * m/s²), as row-major 6x6 arrays. Pure functions writing into {@code dest}; no allocation.
 *
 * <ul>
 *   <li>{@link MotionModelKind#CV}: constant velocity; the acceleration states are reset to zero,
 *       and the process noise is a piecewise-constant white acceleration of standard deviation
 *       {@code accelNoiseMps2}: per axis {@code q [dt⁴/4, dt³/2; dt³/2, dt²]}.</li>
 *   <li>{@link MotionModelKind#CA}: constant acceleration with continuous white jerk of spectral
 *       density {@code jerkNoiseMps3²}: per axis {@code q [dt⁵/20, dt⁴/8, dt³/6; dt⁴/8, dt³/3, dt²/2;
 *       dt³/6, dt²/2, dt]}.</li>
 * </ul>
 * The two spatial axes get a heading-aligned spectral density (see {@link #processNoise}).
 * A negative {@code dtS} gives the backward transition (used to retrodict a state to the stamp of
 * a late measurement); process noise always uses {@code |dtS|}.
 */
public final class MotionModel {

    public static final int N = 6;

    private MotionModel() {
    }

    /** Writes the transition matrix F(dtS) of {@code kind} into {@code dest} (36 values). */
    public static void transition(MotionModelKind kind, double dtS, double[] dest) {
        Mat.identity(dest, N);
        dest[2] = dtS;           // x  += vx dt
        dest[N + 3] = dtS;       // y  += vy dt
        if (kind == MotionModelKind.CA) {
            double half = 0.5 * dtS * dtS;
            dest[4] = half;      // x  += ax dt²/2
            dest[N + 5] = half;  // y  += ay dt²/2
            dest[2 * N + 4] = dtS;
            dest[3 * N + 5] = dtS;
        } else {
            dest[4 * N + 4] = 0; // CV: acceleration is not part of the model
            dest[5 * N + 5] = 0;
        }
    }

    /**
     * Writes the process noise Q(|dtS|) of {@code params}, times {@code scale}, into {@code dest}.
     * The noise is aligned with {@code headingRad}: along it the class's full spectral density,
     * across it {@code lateralNoiseRatio²} of it (a car accelerates and brakes more than it slides);
     * pass {@link Double#NaN} for an unknown heading to get isotropic noise.
     */
    public static void processNoise(ClassParams params, double dtS, double headingRad, double scale, double[] dest) {
        processNoise(params, params.motion(), dtS, headingRad, scale, dest);
    }

    /** {@link #processNoise(ClassParams, double, double, double, double[])} of motion model {@code kind}. */
    public static void processNoise(ClassParams params, MotionModelKind kind, double dtS, double headingRad, double scale,
            double[] dest) {
        java.util.Arrays.fill(dest, 0, N * N, 0.0);
        double dt = Math.abs(dtS);
        boolean ca = kind == MotionModelKind.CA;
        double sigma = ca ? params.jerkNoiseMps3() : params.accelNoiseMps2();
        double qAlong = sigma * sigma * scale;
        double ratio = Double.isNaN(headingRad) ? 1.0 : params.lateralNoiseRatio();
        double qAcross = qAlong * ratio * ratio;
        double c = Double.isNaN(headingRad) ? 1.0 : Math.cos(headingRad);
        double sn = Double.isNaN(headingRad) ? 0.0 : Math.sin(headingRad);
        // spatial 2x2 spectral density in world axes: R diag(qAlong, qAcross) Rᵀ
        double mxx = qAlong * c * c + qAcross * sn * sn;
        double myy = qAlong * sn * sn + qAcross * c * c;
        double mxy = (qAlong - qAcross) * c * sn;
        int orders = ca ? 3 : 2;
        for (int i = 0; i < orders; i++) {
            for (int j = i; j < orders; j++) {
                double k = ca ? caCoefficient(i, j, dt) : cvCoefficient(i, j, dt);
                block(dest, i, j, k * mxx, k * mxy, k * myy);
            }
        }
    }

    /** Continuous white jerk: time coefficient of Q between derivative orders i and j (0 = position). */
    private static double caCoefficient(int i, int j, double dt) {
        int n = 5 - i - j; // power of dt
        double denominator = switch (i * 3 + j) {
            case 0 -> 20;     // p p
            case 1 -> 8;      // p v
            case 2 -> 6;      // p a
            case 4 -> 3;      // v v
            case 5 -> 2;      // v a
            default -> 1;     // a a
        };
        return Math.pow(dt, n) / denominator;
    }

    /** Piecewise-constant white acceleration: G Gᵀ with G = [dt²/2, dt]. */
    private static double cvCoefficient(int i, int j, double dt) {
        double gi = i == 0 ? dt * dt / 2 : dt;
        double gj = j == 0 ? dt * dt / 2 : dt;
        return gi * gj;
    }

    /** Sets the symmetric 2x2 spatial block between derivative orders i and j (and its mirror). */
    private static void block(double[] m, int i, int j, double xx, double xy, double yy) {
        int r = 2 * i;
        int col = 2 * j;
        set(m, r, col, xx);
        set(m, r + 1, col + 1, yy);
        set(m, r, col + 1, xy);
        set(m, r + 1, col, xy);
    }

    private static void set(double[] m, int r, int c, double value) {
        m[r * N + c] = value;
        m[c * N + r] = value;
    }
}
