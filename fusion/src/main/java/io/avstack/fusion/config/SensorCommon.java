package io.avstack.fusion.config;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.OptionalKey;
import io.avstack.core.config.Range;
import io.avstack.core.config.Validated;

/**
 * What every sensor shares: its coverage (for misses and evaluation) and existence evidence.
 *
 * @param halfFovDeg     detections are expected within +-this azimuth of the sensor's boresight, deg
 * @param maxRangeM      ... and within this range, m
 * @param minScore       detections scoring below this neither start tracks nor update tentative ones
 * @param updateMinScore detections scoring at least this (and below {@code minScore}) may still
 *                       update a published track (ByteTrack's second association: a crossing
 *                       cyclist the detector is unsure of keeps its track); below it they are
 *                       ignored; {@code = minScore} turns this off
 * @param hitLogOdds     existence log-odds added when the sensor updates a track
 * @param missLogOdds    added (a negative number) when a track in its coverage, not occluded, is not detected
 * @param initiates      whether an unassigned detection of this sensor starts a tentative track
 * @param detectorBox    optional: the detector covers only this vehicle-frame rectangle (a BEV grid)
 */
public record SensorCommon(
        @Range(min = 1, max = 180) double halfFovDeg,
        @Range(min = 1, max = 1000) double maxRangeM,
        @Range(min = 0, max = 1) double minScore,
        @Range(min = 0, max = 1) double updateMinScore,
        @Range(min = 0, max = 10) double hitLogOdds,
        @Range(min = -10, max = 0) double missLogOdds,
        boolean initiates,
        @OptionalKey CoverageBox detectorBox) implements Validated {

    @Override
    public void validate() {
        if (updateMinScore > minScore) {
            throw ConfigException.invalid("updateMinScore", updateMinScore, "must not exceed minScore " + minScore);
        }
    }

    /** Whether a detection of this score is used at all (weakly when below {@link #minScore}). */
    public boolean used(double score) {
        return score >= updateMinScore;
    }

    /** Whether vehicle-frame point (x, y) is inside the detector's box (always, without one). */
    public boolean inDetectorBox(double xM, double yM) {
        return detectorBox == null || detectorBox.contains(xM, yM);
    }
}
