package io.avstack.sim.run;

import io.avstack.sim.actor.Idm;
import io.avstack.sim.actor.IdmParams;

/**
 * The ACC model of Kesting, Treiber and Helbing ("Enhanced intelligent driver model to access the
 * impact of driving strategies on traffic capacity", 2010): IDM blended with the constant-
 * acceleration heuristic (CAH), so a cut-in at a safe but short gap is met with moderate braking
 * instead of IDM's emergency stop, while a real emergency still brakes hard. Above the desired
 * speed it slows at most at the comfortable deceleration (plain IDM would brake hard when the
 * speed limit drops). Pure functions.
 */
public final class AccModel {

    /** Coolness c: 0 = IDM, 1 = CAH-dominated; 0.99 as in the paper. */
    static final double COOLNESS = 0.99;
    /** Gain from speed excess to deceleration above the desired speed, 1/s. */
    static final double OVERSPEED_GAIN_PER_S = 0.5;

    private AccModel() {
    }

    /**
     * Acceleration, m/s².
     *
     * @param p            IDM parameters (v0 = desired speed)
     * @param speedMps     own speed, m/s
     * @param gapM         bumper-to-bumper gap to the lead, m; +Infinity = free road
     * @param leadSpeedMps lead speed along the lane, m/s
     * @param leadAccelMps2 lead acceleration, m/s² (0 if unknown)
     */
    public static double accelMps2(IdmParams p, double speedMps, double gapM, double leadSpeedMps,
            double leadAccelMps2) {
        double overspeed = speedMps - p.desiredSpeedMps();
        IdmParams q = overspeed > 0 ? new IdmParams(speedMps, p.timeHeadwayS(), p.minGapM(), p.maxAccelMps2(),
                p.comfortDecelMps2(), p.exponent()) : p;
        double slowDown = overspeed > 0
                ? -Math.min(p.comfortDecelMps2(), OVERSPEED_GAIN_PER_S * overspeed) : Double.POSITIVE_INFINITY;
        double idm = Idm.accelMps2(q, speedMps, gapM, leadSpeedMps);
        if (gapM == Double.POSITIVE_INFINITY) {
            return Math.min(idm, slowDown);
        }
        double cah = cahMps2(Math.max(0.01, gapM), speedMps, leadSpeedMps, Math.min(leadAccelMps2, p.maxAccelMps2()));
        double acc = idm >= cah ? idm
                : (1 - COOLNESS) * idm + COOLNESS * (cah + p.comfortDecelMps2()
                        * Math.tanh((idm - cah) / p.comfortDecelMps2()));
        return Math.min(acc, slowDown);
    }

    /**
     * The constant-acceleration heuristic: the deceleration that just avoids a collision if the lead
     * keeps its acceleration, m/s².
     */
    static double cahMps2(double gapM, double speedMps, double leadSpeedMps, double leadAccelMps2) {
        double closing = speedMps - leadSpeedMps;
        if (leadAccelMps2 < 0 && leadSpeedMps * closing <= -2 * gapM * leadAccelMps2) {
            // the lead stops before the gap closes
            return speedMps * speedMps * leadAccelMps2 / (leadSpeedMps * leadSpeedMps - 2 * gapM * leadAccelMps2);
        }
        return leadAccelMps2 - (closing > 0 ? closing * closing / (2 * gapM) : 0.0);
    }
}
