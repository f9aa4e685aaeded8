package io.avstack.safety.config;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.Range;
import io.avstack.core.config.Validated;

/**
 * Autonomous emergency braking: a warning stage and a brake stage, each entered on time to
 * collision or on the deceleration needed to avoid the collision (stopping distance).
 *
 * @param warnTtcS             warn when the time to collision falls to this, s
 * @param warnDecelMps2        ... or when avoiding the collision needs this much braking, m/s²
 * @param brakeTtcS            brake when the time to collision falls to this, s
 * @param brakeDecelMps2       ... or when avoiding the collision needs this much braking, m/s²
 * @param latencyS             time from decision to braking, counted as driven at the current
 *                             closing speed before the needed braking is computed, s
 * @param brakeCommandMps2     hardest braking commanded in the brake stage (capped by the vehicle's), m/s²
 * @param brakeNeedFactor      the brake stage commands this times the braking the threat needs, at
 *                             least brakeDecelMps2, at most brakeCommandMps2 (graded braking)
 * @param minClosingSpeedMps   objects closing in slower than this never trigger on TTC, m/s
 * @param lateralMarginM       the ego corridor is the ego width plus this on each side, m
 * @param radarMinRcsDbsm      radar returns weaker than this are ignored when braking on radar, dBsm
 * @param radarConfirmScans    a radar target must trigger in this many consecutive scans
 * @param confirmCycles        a track must call for braking on this many consecutive world models
 * @param minExistenceProb     tracks less likely than this to exist are no emergency-braking threat
 * @param lidarMinHeightM      braking on raw lidar: points lower than this above the ground are ignored, m
 * @param lidarMaxHeightM      ... and points higher than this (above the ego's roof), m
 * @param lidarMinPoints       ... an obstacle needs this many points within 0.5 m in depth
 */
public record AebConfig(
        @Range(min = 0.1, max = 10.0) double warnTtcS,
        @Range(min = 0.1, max = 20.0) double warnDecelMps2,
        @Range(min = 0.1, max = 10.0) double brakeTtcS,
        @Range(min = 0.1, max = 20.0) double brakeDecelMps2,
        @Range(min = 0.0, max = 2.0) double latencyS,
        @Range(min = 0.1, max = 20.0) double brakeCommandMps2,
        @Range(min = 1.0, max = 10.0) double brakeNeedFactor,
        @Range(min = 0.0, max = 20.0) double minClosingSpeedMps,
        @Range(min = 0.0, max = 3.0) double lateralMarginM,
        @Range(min = -100.0, max = 100.0) double radarMinRcsDbsm,
        @Range(min = 1, max = 20) int radarConfirmScans,
        @Range(min = 1, max = 20) int confirmCycles,
        @Range(min = 0.0, max = 1.0) double minExistenceProb,
        @Range(min = 0.0, max = 3.0) double lidarMinHeightM,
        @Range(min = 0.5, max = 6.0) double lidarMaxHeightM,
        @Range(min = 1, max = 1000) int lidarMinPoints) implements Validated {

    /** The brake stage must be the later (more urgent) one on both criteria. */
    @Override
    public void validate() {
        if (brakeTtcS > warnTtcS) {
            throw ConfigException.invalid("brakeTtcS", brakeTtcS, "must not exceed warnTtcS (" + warnTtcS + ")");
        }
        if (brakeDecelMps2 < warnDecelMps2) {
            throw ConfigException.invalid("brakeDecelMps2", brakeDecelMps2,
                    "must not be below warnDecelMps2 (" + warnDecelMps2 + ")");
        }
    }
}
