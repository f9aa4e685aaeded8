package io.avstack.sim.run;

import io.avstack.core.rss.Rss;

/**
 * Parameters of the RSS longitudinal safe distance (Shalev-Shwartz, Shammah, Shashua 2017):
 * during the response time the rear vehicle may still accelerate at {@code accelMaxMps2}, then
 * brakes at least at {@code brakeMinMps2}; the front vehicle may brake at up to {@code brakeMaxMps2}.
 *
 * @param responseTimeS rho, s
 * @param accelMaxMps2  a_accel,max, m/s²
 * @param brakeMinMps2  a_brake,min (rear vehicle's guaranteed braking), positive, m/s²
 * @param brakeMaxMps2  a_brake,max (front vehicle's hardest braking), positive, m/s²
 */
public record RssParams(double responseTimeS, double accelMaxMps2, double brakeMinMps2, double brakeMaxMps2) {

    /** rho 0.5 s, a_accel,max 2 m/s², a_brake,min 4 m/s², a_brake,max 8 m/s² (docs/METRICS.md). */
    public static final RssParams DEFAULT = new RssParams(0.5, 2.0, 4.0, 8.0);

    public RssParams {
        if (!(responseTimeS >= 0 && accelMaxMps2 >= 0 && brakeMinMps2 > 0 && brakeMaxMps2 > 0)) {
            throw new IllegalArgumentException("RssParams: responseTimeS and accelMaxMps2 must be >= 0,"
                    + " brakes > 0; was "
                    + responseTimeS + ", " + accelMaxMps2 + ", " + brakeMinMps2 + ", " + brakeMaxMps2);
        }
    }

    /**
     * d_min = v_r rho + a_accel rho^2 / 2 + (v_r + rho a_accel)^2 / (2 a_brake,min) - v_f^2 / (2 a_brake,max),
     * floored at 0, m: {@link Rss#longitudinalSafeDistanceM}, with negative speeds counted as 0.
     *
     * @param rearSpeedMps  v_r, the following (ego) vehicle's speed, m/s
     * @param frontSpeedMps v_f, the lead's speed along the lane, m/s
     */
    public double safeDistanceM(double rearSpeedMps, double frontSpeedMps) {
        return Rss.longitudinalSafeDistanceM(Math.max(0.0, rearSpeedMps), Math.max(0.0, frontSpeedMps),
                responseTimeS, accelMaxMps2, brakeMinMps2, brakeMaxMps2);
    }
}
