package io.avstack.sim.scenario;

import io.avstack.core.config.OptionalKey;
import io.avstack.core.config.Range;

/**
 * What a run must satisfy to pass. Every criterion is optional: an absent one is not checked.
 *
 * @param noCollision              true: the ego's box never overlaps an actor's
 * @param minGapM                  smallest allowed bumper-to-bumper gap to the lead in the ego lane, m
 * @param minTtcS                  smallest allowed time to collision with any actor ahead, s
 * @param maxDecelMps2             hardest allowed ego braking, positive, m/s²
 * @param noRedLightViolation      true: the ego never crosses a stop line while its light is red
 * @param maxSpeedLimitViolationS  longest allowed total time above the speed limit, s
 * @param minRouteCompletion       smallest allowed fraction of the route driven, 0..1
 */
public record PassCriteria(
        @OptionalKey Boolean noCollision,
        @OptionalKey @Range(min = 0, max = 1000) Double minGapM,
        @OptionalKey @Range(min = 0, max = 100) Double minTtcS,
        @OptionalKey @Range(min = 0.1, max = 20) Double maxDecelMps2,
        @OptionalKey Boolean noRedLightViolation,
        @OptionalKey @Range(min = 0, max = 3600) Double maxSpeedLimitViolationS,
        @OptionalKey @Range(min = 0, max = 1) Double minRouteCompletion) {

    /** No criteria at all. */
    public static final PassCriteria NONE = new PassCriteria(null, null, null, null, null, null, null);
}
