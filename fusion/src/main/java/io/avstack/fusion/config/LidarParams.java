package io.avstack.fusion.config;

import io.avstack.core.config.Range;

/**
 * Lidar measurement model: a box centre with an isotropic position standard deviation of
 * {@code positionSigmaM + positionSigmaPerM * range}.
 *
 * @param common             coverage and existence evidence
 * @param positionSigmaM     standard deviation of the box centre at zero range, m
 * @param positionSigmaPerM  growth of that standard deviation per metre of range, m/m
 * @param longVehicleLengthRelSigma for a track of a truck or bus (6 m or longer), added standard deviation
 *                           of the box centre along the track's heading, as a fraction of its length
 * @param sizeSmoothing      weight of a new lidar box's size and heading in the track's smoothed ones, (0, 1]
 * @param partialLengthRatio a box shorter than this fraction of the track's measured length is a partial
 *                           view of it: anchored on its better-matching end, its length ignored
 * @param classWeight        weight of a lidar detection's class vote (times its score)
 */
public record LidarParams(
        SensorCommon common,
        @Range(min = 0.01, max = 10) double positionSigmaM,
        @Range(min = 0, max = 1) double positionSigmaPerM,
        @Range(min = 0, max = 1) double longVehicleLengthRelSigma,
        @Range(min = 0.01, max = 1) double sizeSmoothing,
        @Range(min = 0, max = 1) double partialLengthRatio,
        @Range(min = 0, max = 10) double classWeight) {
}
