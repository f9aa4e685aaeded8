package io.avstack.sim.run;

/**
 * What a run must satisfy to pass; a null bound is not checked. See docs/METRICS.md.
 *
 * @param allowCollision         whether a collision is acceptable (false for almost every scenario)
 * @param minGapM                smallest acceptable lead gap, m
 * @param minTtcS                smallest acceptable time to collision with the lead, s
 * @param maxRssViolationS       longest acceptable time closer than the RSS safe distance, s
 * @param maxRedLightViolations  most red lights the ego may run
 * @param maxSpeedLimitViolationS longest acceptable time above the speed limit, s
 * @param minRouteCompletion     smallest acceptable route completion, 0..1
 * @param maxDecelMps2           hardest acceptable braking, positive, m/s²
 * @param maxJerkMps3            largest acceptable |jerk|, m/s³
 */
public record PassCriteria(boolean allowCollision, Double minGapM, Double minTtcS, Double maxRssViolationS,
        Integer maxRedLightViolations, Double maxSpeedLimitViolationS, Double minRouteCompletion,
        Double maxDecelMps2, Double maxJerkMps3) {

    /** No collision, no red light run; nothing else checked. */
    public static final PassCriteria DEFAULT = new PassCriteria(false, null, null, null, 0, null, null, null, null);
}
