package io.avstack.fusion.track;

/**
 * The linear / extended Kalman filter steps on a 6-state vector and its 6x6 covariance, with
 * measurement dimension {@code m} of 1..3. One instance owns its scratch arrays: allocation-free,
 * one thread.
 *
 * <p>{@link #innovation} must precede {@link #mahalanobisSq} and {@link #update} for the same
 * {@code (P, H, R)}; the update reuses what it computed.
 */
public final class KalmanFilter {

    private static final int N = MotionModel.N;

    private final double[] tmp = new double[N * N];
    private final double[] pht = new double[N * 3];
    private final double[] s = new double[9];
    private final double[] sInv = new double[9];
    private final double[] gain = new double[N * 3];
    private final double[] innov = new double[3];
    private int m;
    private double logDetS;

    /** {@code x = F x; P = F P Fᵀ + Q}. */
    public void predict(double[] x, double[] p, double[] f, double[] q) {
        for (int i = 0; i < N; i++) {
            double v = 0;
            for (int j = 0; j < N; j++) {
                v += f[i * N + j] * x[j];
            }
            tmp[i] = v;
        }
        System.arraycopy(tmp, 0, x, 0, N);
        Mat.mul(f, p, N, N, N, tmp);           // F P
        Mat.mulTransB(tmp, f, N, N, N, p);     // (F P) Fᵀ
        for (int i = 0; i < N * N; i++) {
            p[i] += q[i];
        }
        Mat.symmetrise(p, N);
    }

    /**
     * Computes the innovation {@code y = z - zHat} and its covariance {@code S = H P Hᵀ + R}.
     *
     * @param h     m x 6 measurement Jacobian
     * @param r     m x m measurement covariance
     * @return false when S is not positive definite (the pair cannot be used)
     */
    public boolean innovation(double[] p, double[] h, double[] r, double[] z, double[] zHat, int dim) {
        this.m = dim;
        Mat.mulTransB(p, h, N, N, dim, pht);   // P Hᵀ (6 x m)
        Mat.mul(h, pht, dim, N, dim, s);       // H P Hᵀ
        for (int i = 0; i < dim * dim; i++) {
            s[i] += r[i];
        }
        Mat.symmetrise(s, dim);
        double det = Mat.invertSmall(s, dim, sInv);
        if (!(det > 0) || Double.isInfinite(det)) {
            return false;
        }
        logDetS = Math.log(det);
        for (int i = 0; i < dim; i++) {
            innov[i] = z[i] - zHat[i];
        }
        return true;
    }

    /** Squared Mahalanobis distance {@code yᵀ S⁻¹ y} of the last {@link #innovation}. */
    public double mahalanobisSq() {
        return Mat.quadratic(innov, sInv, m);
    }

    /** {@code ln det S} of the last {@link #innovation}. */
    public double logDetS() {
        return logDetS;
    }

    /** The innovation of the last {@link #innovation}, component {@code i}. */
    public double innovation(int i) {
        return innov[i];
    }

    /** Innovation covariance of the last {@link #innovation}, row-major m x m, element (i, j). */
    public double s(int i, int j) {
        return s[i * m + j];
    }

    /**
     * Applies the last {@link #innovation}: {@code K = P Hᵀ S⁻¹; x += K y; P -= K (P Hᵀ)ᵀ}, then
     * symmetrises P.
     */
    public void update(double[] x, double[] p) {
        Mat.mul(pht, sInv, N, m, m, gain);
        for (int i = 0; i < N; i++) {
            double dx = 0;
            for (int j = 0; j < m; j++) {
                dx += gain[i * m + j] * innov[j];
            }
            x[i] += dx;
        }
        Mat.mulTransB(gain, pht, N, m, N, tmp);
        for (int i = 0; i < N * N; i++) {
            p[i] -= tmp[i];
        }
        Mat.symmetrise(p, N);
        for (int i = 0; i < N; i++) {
            // guard against round-off pushing a variance below zero after a very precise update
            if (p[i * N + i] < 1e-12) {
                p[i * N + i] = 1e-12;
            }
        }
    }
}
