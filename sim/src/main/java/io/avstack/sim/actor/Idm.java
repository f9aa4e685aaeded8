package io.avstack.sim.actor;

/**
 * The Intelligent Driver Model as pure functions:
 * {@code dv/dt = a [1 - (v/v0)^delta - (s*(v, dv)/s)^2]} with the desired gap
 * {@code s*(v, dv) = s0 + max(0, v T + v dv / (2 sqrt(a b)))}, {@code dv = v - vLead} (closing
 * speed). Unbounded by design: with a tiny gap it asks for more braking than any vehicle can do;
 * the caller caps it at the actor's physical limit.
 */
public final class Idm {

    /** Gaps below this are treated as this, so an overlap gives a large finite deceleration. */
    private static final double MIN_GAP_M = 1e-3;

    private Idm() {
    }

    /**
     * Acceleration, m/s².
     *
     * @param speedMps     own speed, m/s, >= 0
     * @param gapM         bumper-to-bumper gap to the lead, m; {@code +Infinity} = free road
     * @param leadSpeedMps the lead's speed along the path, m/s (ignored on a free road)
     */
    public static double accelMps2(IdmParams p, double speedMps, double gapM, double leadSpeedMps) {
        double free = 1.0 - Math.pow(speedMps / p.desiredSpeedMps(), p.exponent());
        if (gapM == Double.POSITIVE_INFINITY) {
            return p.maxAccelMps2() * free;
        }
        double ratio = desiredGapM(p, speedMps, speedMps - leadSpeedMps) / Math.max(MIN_GAP_M, gapM);
        return p.maxAccelMps2() * (free - ratio * ratio);
    }

    /** s*: the gap IDM wants at {@code speedMps} closing at {@code closingSpeedMps}, m. */
    public static double desiredGapM(IdmParams p, double speedMps, double closingSpeedMps) {
        double dynamic = speedMps * p.timeHeadwayS()
                + speedMps * closingSpeedMps / (2.0 * Math.sqrt(p.maxAccelMps2() * p.comfortDecelMps2()));
        return p.minGapM() + Math.max(0.0, dynamic);
    }

    /**
     * The steady-state gap behind a lead driving at {@code speedMps} (< v0), where IDM's
     * acceleration is zero: {@code s*(v, 0) / sqrt(1 - (v/v0)^delta)}, m.
     */
    public static double equilibriumGapM(IdmParams p, double speedMps) {
        double free = 1.0 - Math.pow(speedMps / p.desiredSpeedMps(), p.exponent());
        if (!(free > 0.0)) {
            throw new IllegalArgumentException("no equilibrium at speedMps " + speedMps
                    + " >= desiredSpeedMps " + p.desiredSpeedMps());
        }
        return desiredGapM(p, speedMps, 0.0) / Math.sqrt(free);
    }
}
