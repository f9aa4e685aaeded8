package io.avstack.safety.config;

import io.avstack.core.config.Range;

/**
 * Input supervision: how old each input may get, when the bus counts as lost, what an ego state
 * may plausibly do, and how long a cleared failure must stay cleared before its response ends.
 *
 * @param startupGraceS            inputs not yet seen this long after start are not yet "missing", s
 * @param egoStateMaxAgeS          ego state older than this is stale, s
 * @param worldModelMaxAgeS        world model older than this is stale (AEB falls back to radar), s
 * @param plannerCommandMaxAgeS    the planner deadline: a proposed command older than this is late, s
 * @param trajectoryMaxAgeS        a plan older than this is stale, s
 * @param radarMaxAgeS             a radar scan older than this is not used for emergency braking, s
 * @param lidarMaxAgeS             a lidar scan older than this is not used for emergency braking, s
 * @param busDisconnectGraceS      the bus may report itself disconnected this long before it counts, s
 * @param maxPlausibleSpeedMps     an ego speed beyond this is implausible, m/s
 * @param maxPlausibleAccelMps2    an ego acceleration, or a speed change per second, beyond this is implausible, m/s²
 * @param maxPlausibleYawRateRadps an ego yaw rate beyond this is implausible, rad/s
 * @param maxSpeedJumpMps          the ego speed may change this much more between two states than the acceleration limit explains (noise), m/s
 * @param maxPositionJumpM         the ego may move this much farther between two states than its speed explains, m
 * @param recoveryS                a failure must stay cleared this long before its response ends, s
 */
public record WatchdogConfig(
        @Range(min = 0.0, max = 60.0) double startupGraceS,
        @Range(min = 0.005, max = 5.0) double egoStateMaxAgeS,
        @Range(min = 0.01, max = 5.0) double worldModelMaxAgeS,
        @Range(min = 0.005, max = 5.0) double plannerCommandMaxAgeS,
        @Range(min = 0.01, max = 5.0) double trajectoryMaxAgeS,
        @Range(min = 0.01, max = 5.0) double radarMaxAgeS,
        @Range(min = 0.01, max = 5.0) double lidarMaxAgeS,
        @Range(min = 0.0, max = 5.0) double busDisconnectGraceS,
        @Range(min = 1.0, max = 150.0) double maxPlausibleSpeedMps,
        @Range(min = 1.0, max = 100.0) double maxPlausibleAccelMps2,
        @Range(min = 0.1, max = 10.0) double maxPlausibleYawRateRadps,
        @Range(min = 0.0, max = 50.0) double maxSpeedJumpMps,
        @Range(min = 0.01, max = 100.0) double maxPositionJumpM,
        @Range(min = 0.0, max = 60.0) double recoveryS) {
}
