package io.avstack.planning;

/**
 * The kinematics of a jerk-limited stop, as the lattice's braking profiles drive it: the acceleration
 * moves from the current {@code a0} to {@code -decel} at a constant jerk (down at {@code jerk}, or up
 * at {@code releaseJerk} when already braking harder), then stays there until standstill. "Can the
 * ego still stop comfortably?" asked with v² / (2 d) alone forgets that a car still accelerating
 * needs a second or more of ramp before it brakes at all: a yellow light judged stoppable at
 * 2.3 m/s² from +0.9 m/s² needed 4.4 m/s² by the time the braking had built up (urban-showcase).
 * Pure functions.
 */
public final class StoppingDistance {

    /** Bisection steps of {@link #decelToStopWithin}: the range / 2^40, far below a millimetre. */
    static final int BISECTION_STEPS = 40;

    private StoppingDistance() {
    }

    /**
     * Distance travelled until standstill, m.
     *
     * @param v0Mps          speed, m/s (standing when &lt;= 0)
     * @param a0Mps2         acceleration at the start, m/s²
     * @param decelMps2      braking held once reached, m/s² (&gt; 0)
     * @param jerkMps3       rate at which braking builds up, m/s³ (&gt; 0)
     * @param releaseJerkMps3 rate at which braking harder than {@code decelMps2} eases off, m/s³ (&gt; 0)
     */
    public static double of(double v0Mps, double a0Mps2, double decelMps2, double jerkMps3, double releaseJerkMps3) {
        if (v0Mps <= 0) {
            return 0.0;
        }
        double target = -decelMps2;
        double j = a0Mps2 > target ? -jerkMps3 : releaseJerkMps3;
        double tRamp = (target - a0Mps2) / j;
        // standstill during the ramp: the first root of v0 + a0 t + j t² / 2 = 0 within it
        double tStop = firstRoot(0.5 * j, a0Mps2, v0Mps, tRamp);
        if (!Double.isNaN(tStop)) {
            return v0Mps * tStop + 0.5 * a0Mps2 * tStop * tStop + j * tStop * tStop * tStop / 6;
        }
        double vRamp = v0Mps + a0Mps2 * tRamp + 0.5 * j * tRamp * tRamp;
        double sRamp = v0Mps * tRamp + 0.5 * a0Mps2 * tRamp * tRamp + j * tRamp * tRamp * tRamp / 6;
        return sRamp + vRamp * vRamp / (2 * decelMps2);
    }

    /**
     * The least braking, m/s², that stops within {@code distanceM} from (v0, a0) with the given jerks,
     * at most {@code maxDecelMps2}; {@code maxDecelMps2} itself when even that is not enough (the
     * caller checks), 0 when standing.
     */
    public static double decelToStopWithin(double distanceM, double v0Mps, double a0Mps2, double maxDecelMps2,
            double jerkMps3, double releaseJerkMps3) {
        if (v0Mps <= 0) {
            return 0.0;
        }
        double lo = 0.0;
        double hi = maxDecelMps2;
        if (of(v0Mps, a0Mps2, hi, jerkMps3, releaseJerkMps3) > distanceM) {
            return hi;
        }
        for (int i = 0; i < BISECTION_STEPS; i++) {
            double mid = 0.5 * (lo + hi);
            if (of(v0Mps, a0Mps2, mid, jerkMps3, releaseJerkMps3) > distanceM) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /** The smallest root of a t² + b t + c in (0, tMax], NaN if none. */
    private static double firstRoot(double a, double b, double c, double tMax) {
        if (Math.abs(a) < 1e-12) {
            double t = Math.abs(b) < 1e-12 ? Double.NaN : -c / b;
            return t > 0 && t <= tMax ? t : Double.NaN;
        }
        double disc = b * b - 4 * a * c;
        if (disc < 0) {
            return Double.NaN;
        }
        double sq = Math.sqrt(disc);
        double t1 = (-b - sq) / (2 * a);
        double t2 = (-b + sq) / (2 * a);
        double first = Math.min(t1, t2);
        double second = Math.max(t1, t2);
        if (first > 0 && first <= tMax) {
            return first;
        }
        return second > 0 && second <= tMax ? second : Double.NaN;
    }
}
