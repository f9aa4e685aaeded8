package io.avstack.safety.config;

import io.avstack.core.config.Range;

/**
 * How the arbiter responds when it does not simply pass the plan.
 *
 * @param mrmDecelMps2        deceleration of the minimal-risk manoeuvre (controlled stop in lane), m/s²
 * @param mrmJerkMps3         how fast the manoeuvre's braking builds up from the planner's command, m/s³
 * @param degradedMaxSpeedMps with one sensor missing the ego is slowed to at most this speed, m/s
 * @param degradedDecelMps2   braking used to get down to that speed, m/s²
 * @param statusPeriodS       the safety status is published at least this often (and on every change), s
 */
public record ResponseConfig(
        @Range(min = 0.5, max = 10.0) double mrmDecelMps2,
        @Range(min = 0.5, max = 100.0) double mrmJerkMps3,
        @Range(min = 0.0, max = 70.0) double degradedMaxSpeedMps,
        @Range(min = 0.1, max = 10.0) double degradedDecelMps2,
        @Range(min = 0.01, max = 10.0) double statusPeriodS) {
}
