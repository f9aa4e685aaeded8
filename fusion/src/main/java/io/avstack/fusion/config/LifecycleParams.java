package io.avstack.fusion.config;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.Range;
import io.avstack.core.config.Validated;

/**
 * Track lifecycle: tentative -> confirmed -> coasting -> deleted (docs/FUSION.md).
 *
 * @param initialExistence   existence probability of a new (tentative) track
 * @param confirmExistence   a tentative track is confirmed once its existence reaches this ...
 * @param confirmHits        ... and it has been updated at least this many times
 * @param deleteExistence    any track whose existence falls below this is deleted
 * @param maxLogOdds         existence log-odds are clamped to +-this (bounds how long evidence lasts)
 * @param coastAfterS        a confirmed track not updated for this long is coasting, s
 * @param tentativeMaxGapS   a tentative track not updated for this long is deleted, s
 * @param maxPositionSigmaM  a track whose position standard deviation exceeds this even along its
 *                           narrowest axis is deleted, m (a camera track's range spread may be large)
 * @param mergeDistanceM     two tracks (one published) closer than this, or one's centre inside the
 *                           other's box, ...
 * @param mergeSpeedDiffMps  ... whose velocities differ by less than this are one object: the younger is deleted
 */
public record LifecycleParams(
        @Range(min = 0.01, max = 0.99) double initialExistence,
        @Range(min = 0.01, max = 0.999) double confirmExistence,
        @Range(min = 1, max = 100) int confirmHits,
        @Range(min = 0.001, max = 0.9) double deleteExistence,
        @Range(min = 1, max = 20) double maxLogOdds,
        @Range(min = 0.01, max = 10) double coastAfterS,
        @Range(min = 0.01, max = 10) double tentativeMaxGapS,
        @Range(min = 0.1, max = 100) double maxPositionSigmaM,
        @Range(min = 0, max = 10) double mergeDistanceM,
        @Range(min = 0, max = 20) double mergeSpeedDiffMps) implements Validated {

    @Override
    public void validate() {
        if (!(deleteExistence < initialExistence && initialExistence < confirmExistence)) {
            throw ConfigException.invalid("initialExistence", initialExistence,
                    "must lie strictly between deleteExistence (" + deleteExistence + ") and confirmExistence ("
                            + confirmExistence + ")");
        }
    }
}
