package io.avstack.fusion.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.fusion.config.ClassParams;
import io.avstack.fusion.config.MotionModelKind;
import org.junit.jupiter.api.Test;

/** Predict and update against values worked out by hand (docs/FUSION.md, "Kalman filter"). */
class KalmanFilterTest {

    private static final int N = MotionModel.N;
    private static final double EPS = 1e-12;

    /** CV, white acceleration 1 m/s², isotropic. */
    private static final ClassParams CV = new ClassParams(MotionModelKind.CV, 1.0, 1.0, 1.0, 13.8, 5, 10, 0, 1, 0, 0, 4.6,
            1.85, 1.5);
    private static final ClassParams CA = new ClassParams(MotionModelKind.CA, 1.0, 2.0, 1.0, 13.8, 5, 10, 0, 1, 0, 0, 4.6,
            1.85, 1.5);

    private final KalmanFilter kf = new KalmanFilter();

    @Test
    void constantVelocityPredictThenPositionUpdateMatchHandComputation() {
        double[] x = {0, 0, 1, 0, 0, 0};
        double[] p = diag(1, 1, 1, 1, 0, 0);
        double[] f = new double[N * N];
        double[] q = new double[N * N];
        MotionModel.transition(MotionModelKind.CV, 1.0, f);
        MotionModel.processNoise(CV, 1.0, Double.NaN, 1.0, q);
        // Q per axis for dt = 1, sigma = 1: [1/4, 1/2; 1/2, 1]
        assertThat(q[0]).isCloseTo(0.25, within(EPS));
        assertThat(q[2]).isCloseTo(0.5, within(EPS));
        assertThat(q[2 * N + 2]).isCloseTo(1.0, within(EPS));

        kf.predict(x, p, f, q);
        assertThat(x).containsExactly(new double[] {1, 0, 1, 0, 0, 0}, within(EPS));
        // P_xx = 1 + dt² * 1 + 1/4; P_xv = dt * 1 + 1/2; P_vv = 1 + 1
        assertThat(p[0]).isCloseTo(2.25, within(EPS));
        assertThat(p[2]).isCloseTo(1.5, within(EPS));
        assertThat(p[2 * N + 2]).isCloseTo(2.0, within(EPS));

        double[] h = new double[2 * N];
        h[0] = 1;
        h[N + 1] = 1;
        double[] r = {0.25, 0, 0, 0.25};
        assertThat(kf.innovation(p, h, r, new double[] {2, 0}, new double[] {x[0], x[1]}, 2)).isTrue();
        // S_xx = 2.25 + 0.25 = 2.5; y = 1; d² = 1 / 2.5
        assertThat(kf.mahalanobisSq()).isCloseTo(0.4, within(EPS));
        assertThat(kf.logDetS()).isCloseTo(Math.log(2.5 * 2.5), within(EPS));
        kf.update(x, p);
        // K_x = 2.25 / 2.5 = 0.9, K_vx = 1.5 / 2.5 = 0.6
        assertThat(x[0]).isCloseTo(1.9, within(EPS));
        assertThat(x[2]).isCloseTo(1.6, within(EPS));
        assertThat(p[0]).isCloseTo(0.225, within(EPS));
        assertThat(p[2]).isCloseTo(0.15, within(EPS));
        assertThat(p[2 * N + 2]).isCloseTo(1.1, within(EPS));
        assertThat(p[2 * N]).isEqualTo(p[2]); // symmetric
    }

    @Test
    void constantAccelerationTransitionAndJerkNoiseMatchTheFormulas() {
        double[] f = new double[N * N];
        MotionModel.transition(MotionModelKind.CA, 0.5, f);
        double[] x = {1, 2, 3, 4, 2, -2};
        double[] p = new double[N * N];
        double[] q = new double[N * N];
        kf.predict(x, p, f, q);
        // x + v dt + a dt²/2; v + a dt
        assertThat(x).containsExactly(new double[] {1 + 1.5 + 0.25, 2 + 2 - 0.25, 4, 3, 2, -2}, within(EPS));

        MotionModel.processNoise(CA, 0.5, Double.NaN, 1.0, q);
        double qj = 4.0; // jerk sigma 2 squared
        assertThat(q[0]).isCloseTo(qj * Math.pow(0.5, 5) / 20, within(EPS));
        assertThat(q[2]).isCloseTo(qj * Math.pow(0.5, 4) / 8, within(EPS));
        assertThat(q[4]).isCloseTo(qj * Math.pow(0.5, 3) / 6, within(EPS));
        assertThat(q[2 * N + 2]).isCloseTo(qj * Math.pow(0.5, 3) / 3, within(EPS));
        assertThat(q[2 * N + 4]).isCloseTo(qj * 0.25 / 2, within(EPS));
        assertThat(q[4 * N + 4]).isCloseTo(qj * 0.5, within(EPS));
    }

    @Test
    void processNoiseAcrossTheHeadingIsScaledByTheLateralRatio() {
        ClassParams car = new ClassParams(MotionModelKind.CV, 2.0, 1.0, 0.5, 13.8, 5, 10, 0, 1, 0, 0, 4.6, 1.85, 1.5);
        double[] q = new double[N * N];
        MotionModel.processNoise(car, 1.0, Math.PI / 2, 1.0, q); // heading along +y
        // along y: (2)², across (x): (0.5 * 2)²; position block dt⁴/4
        assertThat(q[N + 1]).isCloseTo(4.0 / 4, within(1e-9));
        assertThat(q[0]).isCloseTo(1.0 / 4, within(1e-9));
        assertThat(q[1]).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void backwardTransitionUndoesForward() {
        double[] f = new double[N * N];
        double[] b = new double[N * N];
        double[] prod = new double[N * N];
        MotionModel.transition(MotionModelKind.CA, 0.3, f);
        MotionModel.transition(MotionModelKind.CA, -0.3, b);
        Mat.mul(b, f, N, N, N, prod);
        double[] identity = new double[N * N];
        Mat.identity(identity, N);
        assertThat(prod).containsExactly(identity, within(1e-12));
    }

    @Test
    void nonPositiveInnovationCovarianceIsRejected() {
        double[] p = new double[N * N];
        double[] h = new double[2 * N];
        h[0] = 1;
        h[N + 1] = 1;
        assertThat(kf.innovation(p, h, new double[] {0, 0, 0, 0}, new double[2], new double[2], 2)).isFalse();
    }

    @Test
    void threeByThreeInverseIsExact() {
        double[] a = {4, 1, 0.5, 1, 3, 0.2, 0.5, 0.2, 2};
        double[] inv = new double[9];
        double det = Mat.invertSmall(a, 3, inv);
        double[] prod = new double[9];
        Mat.mul(a, inv, 3, 3, 3, prod);
        assertThat(det).isPositive();
        assertThat(prod).containsExactly(new double[] {1, 0, 0, 0, 1, 0, 0, 0, 1}, within(1e-12));
    }

    private static double[] diag(double... d) {
        double[] m = new double[N * N];
        for (int i = 0; i < N; i++) {
            m[i * N + i] = d[i];
        }
        return m;
    }
}
