package io.avstack.fusion.config;

import io.avstack.core.config.OptionalKey;
import io.avstack.core.config.Range;

/**
 * What every sensor shares: its coverage (for misses and evaluation) and existence evidence.
 *
 * @param halfFovDeg     detections are expected within +-this azimuth of the sensor's boresight, deg
 * @param maxRangeM      ... and within this range, m
 * @param minScore       detections scoring below this are ignored
 * @param hitLogOdds     existence log-odds added when the sensor updates a track
 * @param missLogOdds    added (a negative number) when a track in its coverage, not occluded, is not detected
 * @param initiates      whether an unassigned detection of this sensor starts a tentative track
 * @param detectorBox    optional: the detector covers only this vehicle-frame rectangle (a BEV grid)
 */
public record SensorCommon(
        @Range(min = 1, max = 180) double halfFovDeg,
        @Range(min = 1, max = 1000) double maxRangeM,
        @Range(min = 0, max = 1) double minScore,
        @Range(min = 0, max = 10) double hitLogOdds,
        @Range(min = -10, max = 0) double missLogOdds,
        boolean initiates,
        @OptionalKey CoverageBox detectorBox) {

    /** Whether vehicle-frame point (x, y) is inside the detector's box (always, without one). */
    public boolean inDetectorBox(double xM, double yM) {
        return detectorBox == null || detectorBox.contains(xM, yM);
    }
}
