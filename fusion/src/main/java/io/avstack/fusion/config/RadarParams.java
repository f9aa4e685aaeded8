package io.avstack.fusion.config;

import io.avstack.core.config.Range;

/**
 * Radar measurement model: a cluster's range, azimuth and range rate. Range and azimuth are
 * converted to a position with the matching anisotropic covariance; range rate is a non-linear
 * (extended Kalman) measurement of the velocity along the line of sight, relative to the moving
 * sensor.
 *
 * @param common             coverage and existence evidence
 * @param rangeSigmaM        range standard deviation of a cluster centroid, m
 * @param azimuthSigmaRad    azimuth standard deviation, rad
 * @param crossRangeMinSigmaM smallest cross-range standard deviation, m: a centroid of near point and
 *                           corners wanders over the object's visible side whatever the azimuth accuracy
 * @param rangeRateSigmaMps  range-rate standard deviation, m/s
 * @param vehicleMinRcsDbsm  clusters at least this strong (mean RCS) vote for CAR, weaker ones do not vote, dBsm
 * @param truckMinRcsDbsm    clusters at least this strong vote for TRUCK instead, dBsm (a truck reflects about 10 dB
 *                           more than a car)
 * @param classWeight        weight of the radar's vote
 */
public record RadarParams(
        SensorCommon common,
        @Range(min = 0.01, max = 20) double rangeSigmaM,
        @Range(min = 0.0001, max = 0.5) double azimuthSigmaRad,
        @Range(min = 0, max = 20) double crossRangeMinSigmaM,
        @Range(min = 0.01, max = 20) double rangeRateSigmaMps,
        @Range(min = -100, max = 100) double vehicleMinRcsDbsm,
        @Range(min = -100, max = 100) double truckMinRcsDbsm,
        @Range(min = 0, max = 10) double classWeight) {
}
