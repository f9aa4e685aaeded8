package io.avstack.sim.run;

/**
 * Receives every metrics sample of a run as it is taken, for time-series plots (regression
 * reports). Called on the simulation thread once per tick; values are those the verdict is
 * computed from.
 */
@FunctionalInterface
public interface MetricsTrace {

    /** Ignores every sample. */
    MetricsTrace NONE = (timeS, speedMps, accelMps2, gapM, rssSafeDistanceM, ttcS) -> { };

    /**
     * @param timeS            sim time, s
     * @param speedMps         ego speed along its lane, m/s
     * @param accelMps2        ego acceleration, m/s²
     * @param gapM             bumper-to-bumper gap to the lead in the ego lane, m; +Infinity when none
     * @param rssSafeDistanceM RSS longitudinal safe distance to that lead, m; NaN when none
     * @param ttcS             time to collision with the lead, s; +Infinity when not closing or none
     */
    void onSample(double timeS, double speedMps, double accelMps2, double gapM, double rssSafeDistanceM, double ttcS);
}
