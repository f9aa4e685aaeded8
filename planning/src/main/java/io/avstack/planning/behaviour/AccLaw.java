package io.avstack.planning.behaviour;

import io.avstack.planning.SafeDistance;
import io.avstack.planning.config.PlanningConfig;

/**
 * The longitudinal law behind every speed decision. Each constraint gives its own acceleration and
 * the lowest one binds (IDM+, Schakel et al. 2010), so which rule limits the speed is explicit:
 * <ul>
 *   <li>free road: the IDM free term towards the desired speed;</li>
 *   <li>a lead: the ACC model of Kesting, Treiber and Helbing (2010): IDM with a desired gap that is
 *       never less than the RSS safe distance plus a margin, blended with the constant-acceleration
 *       heuristic so that a cut-in that is close but not closing fast is not answered by full
 *       braking;</li>
 *   <li>a stop point: the same law against a standing lead with no RSS floor.</li>
 * </ul>
 * Pure functions of the config.
 */
public final class AccLaw {

    /** Gaps below this are treated as this, m (keeps the interaction term finite). */
    static final double MIN_GAP_M = 0.05;
    /** Desired speeds below this are treated as this, m/s. */
    static final double MIN_DESIRED_SPEED_MPS = 0.1;
    /** Standstill gap kept to a stop point, m: the front stops this close to it. */
    public static final double STOP_POINT_GAP_M = 0.3;
    /** Weight of the heuristic in the ACC blend (Kesting et al.: 0.99). */
    static final double COOLNESS = 0.99;

    private final PlanningConfig config;
    private final double aMax;
    private final double b;
    private final double sqrtAb;

    public AccLaw(PlanningConfig config) {
        this.config = config;
        this.aMax = config.comfort().accelMps2();
        this.b = config.comfort().decelMps2();
        this.sqrtAb = Math.sqrt(aMax * b);
    }

    /** Free-road acceleration towards {@code desiredSpeedMps}, m/s². */
    public double freeAccelMps2(double speedMps, double desiredSpeedMps) {
        double v0 = Math.max(MIN_DESIRED_SPEED_MPS, desiredSpeedMps);
        return aMax * (1 - Math.pow(Math.max(0.0, speedMps) / v0, config.following().idmExponent()));
    }

    /** Desired gap to a lead, m: the IDM gap, floored by the RSS safe distance plus margin. */
    public double desiredGapM(double speedMps, double leadSpeedMps) {
        return Math.max(idmGapM(speedMps, leadSpeedMps), rssGapM(speedMps, leadSpeedMps));
    }

    /** Whether the RSS floor (rather than the time gap) sets the desired gap. */
    public boolean rssBinds(double speedMps, double leadSpeedMps) {
        return rssGapM(speedMps, leadSpeedMps) >= idmGapM(speedMps, leadSpeedMps);
    }

    /** RSS safe distance plus margin, m. */
    public double rssGapM(double speedMps, double leadSpeedMps) {
        return SafeDistance.longitudinalM(config.rss(), speedMps, leadSpeedMps) + config.following().rssMarginM();
    }

    private double idmGapM(double speedMps, double leadSpeedMps) {
        double v = Math.max(0.0, speedMps);
        return config.following().standstillGapM() + v * config.following().timeGapS()
                + v * (v - leadSpeedMps) / (2 * sqrtAb);
    }

    /**
     * Acceleration behind a lead {@code gapM} ahead (bumper to bumper) at {@code leadSpeedMps},
     * accelerating at {@code leadAccelMps2}, m/s².
     */
    public double leadAccelMps2(double speedMps, double gapM, double leadSpeedMps, double leadAccelMps2) {
        return acc(speedMps, gapM, desiredGapM(speedMps, leadSpeedMps), leadSpeedMps, leadAccelMps2);
    }

    /** Acceleration towards a stop point {@code gapM} ahead of the front bumper, m/s². */
    public double stopAccelMps2(double speedMps, double gapM) {
        double v = Math.max(0.0, speedMps);
        return acc(v, gapM, STOP_POINT_GAP_M + v * v / (2 * sqrtAb), 0.0, 0.0);
    }

    private double acc(double v, double gapM, double desiredGapM, double vl, double al) {
        double s = Math.max(MIN_GAP_M, gapM);
        double ratio = Math.max(0.0, desiredGapM) / s;
        double idm = aMax * (1 - ratio * ratio);
        double cah = constantAccelHeuristic(Math.max(0.0, v), s, vl, Math.min(al, aMax));
        if (idm >= cah) {
            return idm;
        }
        return (1 - COOLNESS) * idm + COOLNESS * (cah + b * Math.tanh((idm - cah) / b));
    }

    /** The constant-acceleration heuristic: the braking that just avoids a crash if the lead keeps its acceleration. */
    static double constantAccelHeuristic(double v, double s, double vl, double al) {
        if (al < 0 && vl * (v - vl) <= -2 * s * al) {
            // the lead stops before the ego reaches it: brake to stop where it stops
            return v * v * al / (vl * vl - 2 * s * al);
        }
        double closing = Math.max(0.0, v - vl);
        return al - closing * closing / (2 * s);
    }
}
