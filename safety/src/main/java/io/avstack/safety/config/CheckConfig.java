package io.avstack.safety.config;

import io.avstack.core.config.Range;

/**
 * Which objects the RSS checks look at, and how far ahead the plan is checked.
 *
 * @param lookaheadM         objects whose box starts farther ahead along the ego path are ignored, m
 * @param lookbehindM        objects whose box ends farther behind the ego are ignored, m
 * @param lateralRangeM      objects whose centre is farther than this from the ego path are ignored, m
 * @param minExistenceProb   tracks less likely than this to exist are ignored
 * @param trajectoryHorizonS the plan is checked this far ahead, s
 */
public record CheckConfig(
        @Range(min = 1.0, max = 1000.0) double lookaheadM,
        @Range(min = 0.0, max = 200.0) double lookbehindM,
        @Range(min = 0.5, max = 50.0) double lateralRangeM,
        @Range(min = 0.0, max = 1.0) double minExistenceProb,
        @Range(min = 0.0, max = 20.0) double trajectoryHorizonS) {
}
