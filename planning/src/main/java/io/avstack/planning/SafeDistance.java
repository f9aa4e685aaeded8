package io.avstack.planning;

import io.avstack.core.rss.Rss;
import io.avstack.planning.config.PlanningConfig;

/**
 * The RSS longitudinal safe distance as the planner uses it: {@link Rss} (the one implementation
 * shared with safety and the metrics) with the planner's {@code rss} parameters, tracked speeds
 * clamped at 0 (a slightly negative tracked speed is standing, and an oncoming lead counts as
 * standing, which only lengthens the distance).
 */
public final class SafeDistance {

    private SafeDistance() {
    }

    /**
     * The same-direction safe distance, m, {@code >= 0}.
     *
     * @param rearSpeedMps  the following vehicle's speed, m/s (negative treated as 0)
     * @param frontSpeedMps the lead's speed along the lane, m/s (negative treated as 0)
     */
    public static double longitudinalM(PlanningConfig.Rss p, double rearSpeedMps, double frontSpeedMps) {
        return Rss.longitudinalSafeDistanceM(Math.max(0.0, rearSpeedMps), Math.max(0.0, frontSpeedMps),
                p.responseTimeS(), p.accelMaxMps2(), p.brakeMinMps2(), p.brakeMaxMps2());
    }
}
