package io.avstack.sim.actor;

import io.avstack.core.config.Range;

/**
 * Parameters of the Intelligent Driver Model (Treiber, Hennecke, Helbing 2000).
 *
 * @param desiredSpeedMps   v0: speed on a free road, m/s
 * @param timeHeadwayS      T: desired time gap to the lead, s
 * @param minGapM           s0: gap kept at standstill, m
 * @param maxAccelMps2      a: maximum acceleration, m/s²
 * @param comfortDecelMps2  b: comfortable deceleration, positive, m/s²
 * @param exponent          delta: how sharply acceleration falls as speed nears v0 (usually 4)
 */
public record IdmParams(
        @Range(min = 0.1, max = 100.0) double desiredSpeedMps,
        @Range(min = 0.0, max = 10.0) double timeHeadwayS,
        @Range(min = 0.0, max = 50.0) double minGapM,
        @Range(min = 0.01, max = 15.0) double maxAccelMps2,
        @Range(min = 0.01, max = 15.0) double comfortDecelMps2,
        @Range(min = 1.0, max = 10.0) double exponent) {

    /** Typical urban car values: v0 as given, T 1.5 s, s0 2 m, a 1.0, b 1.5 m/s², delta 4. */
    public static IdmParams typicalCar(double desiredSpeedMps) {
        return new IdmParams(desiredSpeedMps, 1.5, 2.0, 1.0, 1.5, 4.0);
    }
}
