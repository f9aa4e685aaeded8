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

    /** Writes the process noise Q(|dtS|) of {@code params}, times {@code scale}, into {@code dest}. */
    public static void processNoise(ClassParams params, double dtS, double scale, double[] dest) {
        java.util.Arrays.fill(dest, 0, N * N, 0.0);
        double dt = Math.abs(dtS);
        if (params.motion() == MotionModelKind.CA) {
            double q = params.jerkNoiseMps3() * params.jerkNoiseMps3() * scale;
            double dt2 = dt * dt;
            double dt3 = dt2 * dt;
            for (int axis = 0; axis < 2; axis++) {
                int p = axis;
                int v = axis + 2;
                int a = axis + 4;
                set(dest, p, p, q * dt3 * dt2 / 20);
                set(dest, p, v, q * dt2 * dt2 / 8);
                set(dest, p, a, q * dt3 / 6);
                set(dest, v, v, q * dt3 / 3);
                set(dest, v, a, q * dt2 / 2);
                set(dest, a, a, q * dt);
            }
        } else {
            double q = params.accelNoiseMps2() * params.accelNoiseMps2() * scale;
            double dt2 = dt * dt;
            for (int axis = 0; axis < 2; axis++) {
                int p = axis;
                int v = axis + 2;
                set(dest, p, p, q * dt2 * dt2 / 4);
                set(dest, p, v, q * dt2 * dt / 2);
                set(dest, v, v, q * dt2);
            }
        }
    }

    private static void set(double[] m, int r, int c, double value) {
        m[r * N + c] = value;
        m[c * N + r] = value;
    }
}
