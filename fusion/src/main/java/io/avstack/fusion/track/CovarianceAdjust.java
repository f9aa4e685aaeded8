package io.avstack.fusion.track;

import io.avstack.core.msg.TrackedObject;

/**
 * Changes to a track's covariance outside the filter's predict and update: what the motion model and
 * the white-noise measurement models cannot express (a manoeuvre's onset, a sensor's bias). Static,
 * allocation-free.
 */
final class CovarianceAdjust {

    private static final int N = MotionModel.N;

    private CovarianceAdjust() {
    }

    /**
     * Manoeuvre onset: models a velocity jump of standard deviation {@code sigmaMps} at the track's
     * last update {@code dtS} ago: the covariance gains {@code σ² G Gᵀ} with {@code G = [dt, 1]} per
     * axis, so the update that revealed it reads the jump from the position offset.
     */
    static void velocityJump(Track t, double sigmaMps, double dtS) {
        double v = sigmaMps * sigmaMps;
        for (int axis = 0; axis < 2; axis++) {
            int pos = axis;
            int vel = 2 + axis;
            t.p[pos * N + pos] += dtS * dtS * v;
            t.p[pos * N + vel] += dtS * v;
            t.p[vel * N + pos] += dtS * v;
            t.p[vel * N + vel] += v;
        }
    }

    /**
     * A vehicle's lane change or cut-in starting or ending: a velocity jump of standard deviation
     * {@code sigmaMps} across {@code headingRad} at the previous update {@code dtS} ago,
     * {@code σ² (G Gᵀ ⊗ n nᵀ)} with {@code G = [dt, 1]} and n the unit normal of the heading. Along the
     * heading nothing changes: a car that starts to move sideways turns, it does not brake.
     */
    static void lateralVelocityJump(Track t, double sigmaMps, double dtS, double headingRad) {
        double nx = -Math.sin(headingRad);
        double ny = Math.cos(headingRad);
        double v = sigmaMps * sigmaMps;
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                double nn = (a == 0 ? nx : ny) * (b == 0 ? nx : ny) * v;
                t.p[a * N + b] += dtS * dtS * nn;
                t.p[a * N + 2 + b] += dtS * nn;
                t.p[(2 + a) * N + b] += dtS * nn;
                t.p[(2 + a) * N + 2 + b] += nn;
            }
        }
    }

    /** Adds independent velocity variance: {@code alongMps} along {@code headingRad}, {@code acrossMps} across it. */
    static void widenVelocity(Track t, double alongMps, double acrossMps, double headingRad) {
        double c = Math.cos(headingRad);
        double s = Math.sin(headingRad);
        double a = alongMps * alongMps;
        double b = acrossMps * acrossMps;
        t.p[2 * N + 2] += a * c * c + b * s * s;
        t.p[3 * N + 3] += a * s * s + b * c * c;
        t.p[2 * N + 3] += (a - b) * c * s;
        t.p[3 * N + 2] += (a - b) * c * s;
    }

    /**
     * The last innovation of {@code kf} (position rows 0 and 1) projected on the normal of
     * {@code headingRad}, in standard deviations, signed (positive: to the left of the heading): how
     * far across its heading the object is from where the track predicted it. Its square is the
     * 1-dof squared Mahalanobis distance.
     */
    static double lateralZ(KalmanFilter kf, double headingRad) {
        double nx = -Math.sin(headingRad);
        double ny = Math.cos(headingRad);
        double y = nx * kf.innovation(0) + ny * kf.innovation(1);
        double s = nx * nx * kf.s(0, 0) + 2 * nx * ny * kf.s(0, 1) + ny * ny * kf.s(1, 1);
        return s > 0 ? y / Math.sqrt(s) : 0;
    }

    /**
     * How precisely a sensor places an object, for {@link #reanchorPosition}: lidar boxes (3) over
     * camera bearings (2) over radar clusters (1).
     */
    static int positionRank(int sensorBit) {
        return switch (sensorBit) {
            case TrackedObject.SENSOR_LIDAR -> 3;
            case TrackedObject.SENSOR_CAMERA -> 2;
            default -> 1;
        };
    }

    /**
     * Before the first update of a track by a more precise sensor than any before: what the new sensor
     * sees differently is the old sensors' bias (where on the car the radar's reflections lay; the
     * camera's range error), not motion, so the position is decorrelated from velocity and
     * acceleration (the update then corrects the position and leaves the velocity alone) and widened
     * by {@code biasSigmaM} in both axes. Block-diagonal parts of a covariance stay positive
     * semi-definite.
     */
    static void reanchorPosition(Track t, double biasSigmaM) {
        for (int i = 0; i < 2; i++) {
            for (int k = 2; k < N; k++) {
                t.p[i * N + k] = 0;
                t.p[k * N + i] = 0;
            }
        }
        double b = biasSigmaM * biasSigmaM;
        t.p[0] += b;
        t.p[N + 1] += b;
    }
}
