package io.avstack.fusion.track;

/**
 * Small dense matrix helpers on row-major {@code double[]} arrays, for the Kalman filter's 6x6
 * state and 2x2 / 3x3 measurement blocks. Every method writes into a caller-provided array and
 * allocates nothing; arguments must not alias {@code dest} unless stated.
 */
public final class Mat {

    private Mat() {
    }

    /** {@code dest} (n x n) = identity. */
    public static void identity(double[] dest, int n) {
        java.util.Arrays.fill(dest, 0, n * n, 0.0);
        for (int i = 0; i < n; i++) {
            dest[i * n + i] = 1.0;
        }
    }

    /** {@code dest (r x c) = a (r x k) * b (k x c)}. */
    public static void mul(double[] a, double[] b, int r, int k, int c, double[] dest) {
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                double s = 0;
                for (int t = 0; t < k; t++) {
                    s += a[i * k + t] * b[t * c + j];
                }
                dest[i * c + j] = s;
            }
        }
    }

    /** {@code dest (r x c) = a (r x k) * bᵀ}, with {@code b} stored as (c x k). */
    public static void mulTransB(double[] a, double[] b, int r, int k, int c, double[] dest) {
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < c; j++) {
                double s = 0;
                for (int t = 0; t < k; t++) {
                    s += a[i * k + t] * b[j * k + t];
                }
                dest[i * c + j] = s;
            }
        }
    }

    /** Replaces the square matrix {@code m} (n x n) by {@code (m + mᵀ) / 2}; in place. */
    public static void symmetrise(double[] m, int n) {
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double avg = 0.5 * (m[i * n + j] + m[j * n + i]);
                m[i * n + j] = avg;
                m[j * n + i] = avg;
            }
        }
    }

    /**
     * Inverts a symmetric 1x1, 2x2 or 3x3 matrix into {@code dest} by cofactors.
     *
     * @return the determinant; 0 or less (or NaN) when {@code a} is not positive definite, in which
     *     case {@code dest} is undefined
     */
    public static double invertSmall(double[] a, int n, double[] dest) {
        switch (n) {
            case 1 -> {
                dest[0] = 1.0 / a[0];
                return a[0];
            }
            case 2 -> {
                double det = a[0] * a[3] - a[1] * a[2];
                if (!(det > 0)) {
                    return det;
                }
                dest[0] = a[3] / det;
                dest[1] = -a[1] / det;
                dest[2] = -a[2] / det;
                dest[3] = a[0] / det;
                return det;
            }
            case 3 -> {
                double c00 = a[4] * a[8] - a[5] * a[7];
                double c01 = a[5] * a[6] - a[3] * a[8];
                double c02 = a[3] * a[7] - a[4] * a[6];
                double det = a[0] * c00 + a[1] * c01 + a[2] * c02;
                if (!(det > 0)) {
                    return det;
                }
                dest[0] = c00 / det;
                dest[1] = (a[2] * a[7] - a[1] * a[8]) / det;
                dest[2] = (a[1] * a[5] - a[2] * a[4]) / det;
                dest[3] = c01 / det;
                dest[4] = (a[0] * a[8] - a[2] * a[6]) / det;
                dest[5] = (a[2] * a[3] - a[0] * a[5]) / det;
                dest[6] = c02 / det;
                dest[7] = (a[1] * a[6] - a[0] * a[7]) / det;
                dest[8] = (a[0] * a[4] - a[1] * a[3]) / det;
                return det;
            }
            default -> throw new IllegalArgumentException("invertSmall supports n = 1..3, was " + n);
        }
    }

    /** {@code vᵀ m v} for a vector of length n and an n x n matrix. */
    public static double quadratic(double[] v, double[] m, int n) {
        double s = 0;
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (int j = 0; j < n; j++) {
                row += m[i * n + j] * v[j];
            }
            s += v[i] * row;
        }
        return s;
    }
}
