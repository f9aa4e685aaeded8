package io.avstack.safety.arbiter;

import io.avstack.safety.config.ResponseConfig;

/**
 * The minimal-risk manoeuvre: a controlled stop in the lane. Braking builds up from the previous
 * command to {@code mrmDecelMps2} at {@code mrmJerkMps3} (a harder previous braking is kept down to
 * it, not released) and is held at standstill.
 */
public final class Mrm {

    private final ResponseConfig config;

    public Mrm(ResponseConfig config) {
        this.config = config;
    }

    /**
     * The manoeuvre's acceleration now, m/s².
     *
     * @param previousAccelMps2 the last commanded acceleration (NaN if none)
     * @param dtS               time since it, s
     */
    public double accelMps2(double previousAccelMps2, double dtS) {
        double target = -config.mrmDecelMps2();
        if (!Double.isFinite(previousAccelMps2) || previousAccelMps2 <= target) {
            return target;
        }
        double step = config.mrmJerkMps3() * Math.max(0.0, Math.min(dtS, 0.1));
        return Math.max(target, previousAccelMps2 - step);
    }
}
