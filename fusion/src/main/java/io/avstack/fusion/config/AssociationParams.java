package io.avstack.fusion.config;

import io.avstack.core.config.Range;

/**
 * Cost terms of the global assignment (docs/FUSION.md). The cost of a gated pair is
 * {@code d² + ln det S} plus the penalties below.
 *
 * @param tentativePenalty          added for a tentative track, so confirmed tracks win close calls
 * @param similarClassPenalty       added when track and measurement classes differ but may be the
 *                                  same object (pedestrian vs cyclist, car vs truck)
 * @param spawnSuppressMahalanobisSq an unassigned measurement this close (squared Mahalanobis) to an
 *                                  existing track starts no new track (split detections, duplicates)
 * @param spawnSuppressMarginM      ... nor does one inside a track's box grown by this margin, m (a
 *                                  radar sees an object's near point and corners as separate clusters)
 */
public record AssociationParams(
        @Range(min = 0, max = 100) double tentativePenalty,
        @Range(min = 0, max = 100) double similarClassPenalty,
        @Range(min = 0, max = 1000) double spawnSuppressMahalanobisSq,
        @Range(min = 0, max = 10) double spawnSuppressMarginM) {
}
