package io.avstack.sim.vehicle;

/**
 * Exact motion along a line under constant acceleration for one step, with the speed held inside
 * a band {@code [minSpeedMps, maxSpeedMps]}: a vehicle braking to a stop mid-step stops there (no
 * reversing), one reaching its top (or target) speed mid-step holds it. Because the moment the
 * bound is reached is found analytically, stopping distance is exactly {@code v²/(2a)} whatever
 * the step. Shared by the ego model and the actors.
 */
public final class ConstantAccel {

    private ConstantAccel() {
    }

    /**
     * Speed after {@code dtS} seconds.
     *
     * @param speedMps    start speed, inside the band
     * @param accelMps2   acceleration, negative = braking
     * @param dtS         step, s, positive
     * @param minSpeedMps lower bound, held once reached while braking (0 for a stop)
     * @param maxSpeedMps upper bound, held once reached while accelerating (may be infinite)
     */
    public static double speedAfter(double speedMps, double accelMps2, double dtS,
            double minSpeedMps, double maxSpeedMps) {
        double v = speedMps + accelMps2 * dtS;
        return Math.max(minSpeedMps, Math.min(maxSpeedMps, v));
    }

    /** Distance travelled in {@code dtS} seconds, m; same arguments as {@link #speedAfter}. */
    public static double distanceAfter(double speedMps, double accelMps2, double dtS,
            double minSpeedMps, double maxSpeedMps) {
        if (accelMps2 == 0.0) {
            return speedMps * dtS;
        }
        double bound = accelMps2 < 0.0 ? minSpeedMps : maxSpeedMps;
        // Negative when already at (or past) the bound the acceleration pushes towards: held there.
        double tBoundS = Math.max(0.0, (bound - speedMps) / accelMps2);
        double tS = Math.min(dtS, tBoundS);
        double reached = speedMps + accelMps2 * tS;
        return speedMps * tS + 0.5 * accelMps2 * tS * tS + reached * (dtS - tS);
    }
}
