package io.avstack.planning;

import io.avstack.planning.config.PlanningConfig;

/**
 * The RSS longitudinal safe distance (Shalev-Shwartz, Shammah, Shashua 2017), the one place the
 * planner computes it.
 *
 * <p>TODO(merge): replace the body by a call to {@code io.avstack.core.rss} once that lands on main
 * (branch {@code safety}); the planner must not keep its own copy of the RSS maths.
 */
public final class SafeDistance {

    private SafeDistance() {
    }

    /**
     * d_min = v_r rho + a rho^2 / 2 + (v_r + rho a)^2 / (2 b_min) - v_f^2 / (2 b_max), floored at 0, m.
     *
     * @param rearSpeedMps  the following vehicle's speed, m/s (negative treated as 0)
     * @param frontSpeedMps the lead's speed along the lane, m/s (negative treated as 0)
     */
    public static double longitudinalM(PlanningConfig.Rss p, double rearSpeedMps, double frontSpeedMps) {
        double rho = p.responseTimeS();
        double vr = Math.max(0.0, rearSpeedMps);
        double vf = Math.max(0.0, frontSpeedMps);
        double vAfter = vr + rho * p.accelMaxMps2();
        double d = vr * rho + 0.5 * p.accelMaxMps2() * rho * rho + vAfter * vAfter / (2 * p.brakeMinMps2())
                - vf * vf / (2 * p.brakeMaxMps2());
        return Math.max(0.0, d);
    }
}
