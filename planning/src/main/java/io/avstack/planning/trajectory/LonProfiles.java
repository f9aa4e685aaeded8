package io.avstack.planning.trajectory;

import io.avstack.core.map.RoadMap;

/**
 * The longitudinal half of the lattice: profiles s(t), v(t), a(t), jerk(t) of the rear axle along
 * the reference line, sampled at the trajectory's times, plus per-sample road data the checks need
 * (reference curvature at s, speed limit at the front bumper). Capacity fixed at construction; the
 * set is refilled each cycle without allocation.
 */
public final class LonProfiles {

    private final int samples;
    private final double dtS;
    private final double[][] s;
    private final double[][] v;
    private final double[][] a;
    private final double[][] j;
    private final double[][] kr;
    private final double[][] limit;
    private final LonKind[] kind;
    /** Reference lane (REFERENCE), end speed m/s (SPEED_KEEPING) or deceleration m/s² (BRAKING). */
    private final double[] parameter;
    private int count;
    private final Polynomial poly = new Polynomial();

    public LonProfiles(int capacity, int samples, double dtS) {
        this.samples = samples;
        this.dtS = dtS;
        s = new double[capacity][samples];
        v = new double[capacity][samples];
        a = new double[capacity][samples];
        j = new double[capacity][samples];
        kr = new double[capacity][samples];
        limit = new double[capacity][samples];
        kind = new LonKind[capacity];
        parameter = new double[capacity];
    }

    public void clear() {
        count = 0;
    }

    public int count() {
        return count;
    }

    public int samples() {
        return samples;
    }

    public double dtS() {
        return dtS;
    }

    /** Adds a copy of a speed plan (e.g. a lane's reference); returns its index. */
    public int addPlan(double[] sM, double[] vMps, double[] aMps2, double param) {
        int m = count++;
        System.arraycopy(sM, 0, s[m], 0, samples);
        System.arraycopy(vMps, 0, v[m], 0, samples);
        System.arraycopy(aMps2, 0, a[m], 0, samples);
        kind[m] = LonKind.REFERENCE;
        parameter[m] = param;
        finish(m);
        return m;
    }

    /** Adds a quartic from (s0, v0, a0) to speed {@code vEnd} with zero acceleration at {@code tEndS}, then held. */
    public int addSpeedKeeping(double s0, double v0, double a0, double vEnd, double tEndS) {
        int m = count++;
        poly.quartic(s0, v0, a0, vEnd, 0.0, tEndS);
        kind[m] = LonKind.SPEED_KEEPING;
        parameter[m] = vEnd;
        s[m][0] = s0;
        v[m][0] = v0;
        a[m][0] = a0;
        boolean stopped = false;
        for (int i = 1; i < samples; i++) {
            double t = i * dtS;
            if (stopped) {
                s[m][i] = s[m][i - 1];
                v[m][i] = 0.0;
                a[m][i] = 0.0;
            } else if (t <= tEndS) {
                s[m][i] = poly.value(t);
                v[m][i] = poly.first(t);
                a[m][i] = poly.second(t);
            } else {
                s[m][i] = s[m][i - 1] + vEnd * dtS;
                v[m][i] = vEnd;
                a[m][i] = 0.0;
            }
            if (v[m][i] < 0 || s[m][i] < s[m][i - 1]) {
                // a quartic dipping below zero speed: stop where it first reached standstill
                stopped = true;
                s[m][i] = s[m][i - 1];
                v[m][i] = 0.0;
                a[m][i] = 0.0;
            }
        }
        finish(m);
        return m;
    }

    /**
     * Adds braking: the acceleration moves from {@code a0} towards {@code -decel} (braking harder at
     * {@code jerk}, easing off harder braking at {@code releaseJerk}: what is left of an emergency stop
     * need not linger), then holds it until standstill.
     */
    public int addBraking(double s0, double v0, double a0, double decelMps2, double jerkMps3, double releaseJerkMps3) {
        int m = count++;
        kind[m] = LonKind.BRAKING;
        parameter[m] = decelMps2;
        s[m][0] = s0;
        v[m][0] = Math.max(0.0, v0);
        a[m][0] = a0;
        double step = jerkMps3 * dtS;
        double release = releaseJerkMps3 * dtS;
        for (int i = 0; i < samples - 1; i++) {
            double acc = a[m][i] + Math.max(-step, Math.min(release, -decelMps2 - a[m][i]));
            double vi = v[m][i];
            double vNext = vi + acc * dtS;
            if (vNext <= 0) {
                double tStop = acc < 0 ? vi / -acc : 0.0;
                s[m][i + 1] = s[m][i] + 0.5 * vi * tStop;
                v[m][i + 1] = 0.0;
                a[m][i + 1] = vi > 0 ? acc : 0.0;
            } else {
                s[m][i + 1] = s[m][i] + vi * dtS + 0.5 * acc * dtS * dtS;
                v[m][i + 1] = vNext;
                a[m][i + 1] = acc;
            }
        }
        finish(m);
        return m;
    }

    private void finish(int m) {
        j[m][0] = 0.0;
        for (int i = 1; i < samples; i++) {
            j[m][i] = (a[m][i] - a[m][i - 1]) / dtS;
        }
    }

    /** Fills the per-sample road data of every profile (reference curvature, speed limit at the front). */
    public void sampleRoad(RoadMap road, double frontOffsetM) {
        for (int m = 0; m < count; m++) {
            for (int i = 0; i < samples; i++) {
                kr[m][i] = road.curvatureAt(s[m][i]);
                limit[m][i] = road.speedLimitAt(s[m][i] + frontOffsetM);
            }
        }
    }

    public LonKind kind(int m) {
        return kind[m];
    }

    public double parameter(int m) {
        return parameter[m];
    }

    public double s(int m, int i) {
        return s[m][i];
    }

    public double v(int m, int i) {
        return v[m][i];
    }

    public double a(int m, int i) {
        return a[m][i];
    }

    public double jerk(int m, int i) {
        return j[m][i];
    }

    /** Reference-line curvature at the sample's s, 1/m. */
    public double kr(int m, int i) {
        return kr[m][i];
    }

    /** Speed limit at the sample's front bumper, m/s. */
    public double speedLimit(int m, int i) {
        return limit[m][i];
    }
}
