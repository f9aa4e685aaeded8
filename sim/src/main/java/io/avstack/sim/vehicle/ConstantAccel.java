package io.avstack.sim.vehicle;

/**
 * Exact motion along a line under constant acceleration for one step, with the speed held inside
 * {@code [0, maxSpeedMps]}: a vehicle braking to a stop mid-step stops there (no reversing), one
 * reaching its top speed mid-step holds it. Because the stop is found analytically, stopping
 * distance is exactly {@code v²/(2a)} whatever the step. Shared by the ego model and the actors.
 */
public final class ConstantAccel {

    private ConstantAccel() {
    }

    /**
     * Speed after {@code dtS} seconds.
     *
     * @param speedMps    start speed, in {@code [0, maxSpeedMps]}
     * @param accelMps2   acceleration, negative = braking
     * @param dtS         step, s, positive
     * @param maxSpeedMps top speed, m/s
     */
    public static double speedAfter(double speedMps, double accelMps2, double dtS, double maxSpeedMps) {
        double v = speedMps + accelMps2 * dtS;
        return Math.max(0.0, Math.min(maxSpeedMps, v));
    }

    /** Distance travelled in {@code dtS} seconds, m; same arguments as {@link #speedAfter}. */
    public static double distanceAfter(double speedMps, double accelMps2, double dtS, double maxSpeedMps) {
        double bound = accelMps2 < 0.0 ? 0.0 : maxSpeedMps;
        double tBoundS = accelMps2 == 0.0 ? dtS : (bound - speedMps) / accelMps2;
        if (tBoundS < 0.0) {
            // Already at (or past) the bound the acceleration pushes towards: stays there.
            tBoundS = 0.0;
        }
        double tS = Math.min(dtS, tBoundS);
        double reached = speedMps + accelMps2 * tS;
        return speedMps * tS + 0.5 * accelMps2 * tS * tS + reached * (dtS - tS);
    }
}
