package io.avstack.safety.arbiter;

import io.avstack.safety.config.VehicleLimits;

/**
 * The last guard before the actuators: acceleration and steering within the vehicle's limits,
 * steering changed no faster than its rate limit, and NaN or infinity never out (replaced by the
 * fallback, counted). Stateless apart from the counter; the previous steering is passed in.
 */
public final class CommandLimiter {

    /** The reference steering is that of a previous command at most this old, s; else the wheel's own angle. */
    static final double MAX_REFERENCE_AGE_S = 0.2;

    private final VehicleLimits limits;
    private long nonFiniteReplaced;

    /** The limited command of the last {@link #limit} call. */
    public double accelMps2;
    public double steeringRad;
    /** What the last call changed, for the reason. */
    public boolean accelClamped;
    public boolean steerClamped;
    public boolean steerRateLimited;
    public boolean nonFinite;

    public CommandLimiter(VehicleLimits limits) {
        this.limits = limits;
    }

    /**
     * Limits a command.
     *
     * @param referenceSteerRad the steering the rate limit starts from (NaN: no reference, no rate limit)
     * @param dtS               time since that reference, s
     * @param fallbackAccelMps2 used (with the reference steering, or 0) when the command is not finite
     */
    public void limit(double accel, double steer, double referenceSteerRad, double dtS, double fallbackAccelMps2) {
        nonFinite = !Double.isFinite(accel) || !Double.isFinite(steer);
        if (nonFinite) {
            nonFiniteReplaced++;
            accel = Double.isFinite(fallbackAccelMps2) ? fallbackAccelMps2 : -limits.maxDecelMps2();
            steer = Double.isFinite(referenceSteerRad) ? referenceSteerRad : 0.0;
        }
        accelMps2 = clamp(accel, -limits.maxDecelMps2(), limits.maxAccelMps2());
        accelClamped = accelMps2 != accel;
        double s = clamp(steer, -limits.maxSteerRad(), limits.maxSteerRad());
        steerClamped = s != steer;
        steerRateLimited = false;
        if (Double.isFinite(referenceSteerRad) && dtS >= 0 && Double.isFinite(dtS)) {
            double maxStep = limits.maxSteerRateRadps() * Math.min(dtS, MAX_REFERENCE_AGE_S);
            double limited = clamp(s, referenceSteerRad - maxStep, referenceSteerRad + maxStep);
            // the reference itself is within limits only if it came from us; keep the result inside
            limited = clamp(limited, -limits.maxSteerRad(), limits.maxSteerRad());
            steerRateLimited = limited != s;
            s = limited;
        }
        steeringRad = s;
    }

    /** Commands that were NaN or infinite and were replaced, since construction. */
    public long nonFiniteReplaced() {
        return nonFiniteReplaced;
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
