package io.avstack.perception.radar;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.Range;
import io.avstack.core.config.Validated;

/**
 * Radar clustering and ghost / false-alarm rejection settings, loadable from YAML with
 * {@code ConfigLoader}; {@link RadarClusterer} validates them again when built in code. Defaults
 * ({@link #defaults()}) and the rules they drive are documented in docs/RADAR-CLUSTERING.md.
 *
 * @param maxRangeM                 detections farther than this are dropped before clustering, m
 * @param minRcsDbsm                detections weaker than this are dropped before clustering, dBsm
 * @param maxDetections             at most this many detections (the nearest) are clustered per scan
 * @param epsPositionM              DBSCAN neighbourhood radius in x-y of the sensor frame, m
 * @param epsRangeRateMps           DBSCAN neighbourhood half-width in range rate, m/s; two detections
 *                                  are neighbours when {@code (d/epsPositionM)^2 + (dRr/epsRangeRateMps)^2 <= 1}
 * @param minPoints                 DBSCAN core-point threshold: neighbours including the point itself
 * @param singlePointMinRcsDbsm     a one-detection cluster weaker than this is a false alarm unless
 *                                  confirmed by persistence, dBsm
 * @param confirmHits               k: a weak single must have been seen in k of the last
 *                                  {@code confirmWindowScans} scans (this one included); 0 = no confirmation
 * @param confirmWindowScans        n, scans
 * @param confirmGateM              a past cluster within this distance counts as the same one, m
 * @param ghostAzimuthToleranceDeg  a multipath ghost lies within this of its source's azimuth span, deg
 * @param ghostRangeTolerance       ... and within this fraction of twice the source's range, 0..1
 * @param ghostRangeRateToleranceMps ... and within this of twice the source's range rate, m/s
 * @param ghostRcsMarginDb          the source must be at least this much stronger (mean RCS), dB
 * @param shadowReflectorMinRcsDbsm clusters at least this strong (mean RCS) cast an angular shadow, dBsm
 * @param shadowMarginDeg           the shadow extends this far either side of the reflector's azimuth span, deg
 * @param shadowMinGapM             only clusters this far beyond the reflector's farthest point are shadowed, m
 * @param carMinRcsDbsm             published as CAR when mean RCS is at least this, dBsm ...
 * @param carMinExtentM             ... and the longer box side is in [carMinExtentM, carMaxExtentM], m
 * @param carMaxExtentM             m
 * @param objectHeightM             height written into published boxes (radar measures none), m
 */
public record RadarClusterParams(
        @Range(min = 1, max = 1000) double maxRangeM,
        @Range(min = -100, max = 100) double minRcsDbsm,
        @Range(min = 1, max = 100_000) int maxDetections,
        @Range(min = 0.05, max = 20) double epsPositionM,
        @Range(min = 0.01, max = 100) double epsRangeRateMps,
        @Range(min = 1, max = 100) int minPoints,
        @Range(min = -100, max = 100) double singlePointMinRcsDbsm,
        @Range(min = 0, max = 32) int confirmHits,
        @Range(min = 1, max = 32) int confirmWindowScans,
        @Range(min = 0.01, max = 50) double confirmGateM,
        @Range(min = 0, max = 45) double ghostAzimuthToleranceDeg,
        @Range(min = 0, max = 1) double ghostRangeTolerance,
        @Range(min = 0, max = 100) double ghostRangeRateToleranceMps,
        @Range(min = 0, max = 60) double ghostRcsMarginDb,
        @Range(min = -100, max = 200) double shadowReflectorMinRcsDbsm,
        @Range(min = 0, max = 45) double shadowMarginDeg,
        @Range(min = 0, max = 1000) double shadowMinGapM,
        @Range(min = -100, max = 100) double carMinRcsDbsm,
        @Range(min = 0, max = 100) double carMinExtentM,
        @Range(min = 0, max = 100) double carMaxExtentM,
        @Range(min = 0, max = 10) double objectHeightM) implements Validated {

    /** The values of docs/RADAR-CLUSTERING.md (a test keeps the two equal). */
    public static RadarClusterParams defaults() {
        return new RadarClusterParams(200, -30, 1024, 1.5, 1.0, 2,
                0, 2, 3, 2.0,
                2.0, 0.1, 1.0, 6.0,
                30, 1.0, 2.0,
                5, 1.0, 6.0, 1.5);
    }

    @Override
    public void validate() {
        if (confirmHits == 1) {
            throw ConfigException.invalid("confirmHits", confirmHits,
                    "must be 0 (off) or >= 2: the current scan alone would confirm everything");
        }
        if (confirmHits > confirmWindowScans) {
            throw ConfigException.invalid("confirmHits", confirmHits,
                    "must not exceed confirmWindowScans (" + confirmWindowScans + ")");
        }
        if (carMinExtentM > carMaxExtentM) {
            throw ConfigException.invalid("carMinExtentM", carMinExtentM,
                    "must not exceed carMaxExtentM (" + carMaxExtentM + ")");
        }
    }
}
