package io.avstack.fusion.config;

import io.avstack.core.config.Range;

/**
 * Tracking parameters of one object class.
 *
 * @param motion             motion model
 * @param accelNoiseMps2     CV: standard deviation of the white-noise acceleration, m/s²
 * @param jerkNoiseMps3      CA: standard deviation of the white-noise jerk, m/s³
 * @param lateralNoiseRatio  process noise across the heading relative to along it, (0, 1]: vehicles
 *                           do not slide sideways (1 = isotropic, e.g. pedestrians)
 * @param gateMahalanobisSq  a measurement may update a track only if its squared Mahalanobis
 *                           distance is at most this (chi-square, 2 or 3 degrees of freedom)
 * @param gateDistanceM      ... and its position is within this of the track's, m (bounds the gate
 *                           of a track whose covariance has grown while coasting)
 * @param initSpeedSigmaMps  velocity standard deviation of a new track, m/s (its velocity starts at 0)
 * @param initAccelSigmaMps2 CA: acceleration standard deviation of a new track, m/s² (it starts at 0)
 * @param maxCoastS          a track not updated for this long is deleted, s
 * @param maneuverSpeedSigmaMps a measurement whose squared Mahalanobis distance exceeds the
 *                           chi-square 99 % quantile is taken as the start of a manoeuvre (a
 *                           pedestrian stepping off the kerb): before the update the track gets a
 *                           velocity jump of this standard deviation at its last update, m/s (0:
 *                           never)
 * @param maneuverLateralSigmaMps a lidar box whose offset across the track's heading has a squared
 *                           Mahalanobis distance over the chi-square 95 % quantile (1 dof), or that
 *                           together with the previous box's offset on the same side passes the
 *                           two-sided 95 % point of their sum, is taken
 *                           as a lane change or cut-in starting or ending: before the update the track
 *                           gets a velocity jump of this standard deviation across its heading at its
 *                           previous box, m/s (0: never)
 * @param standingSpeedMps   0: the track always uses {@code motion}. Above 0: the track counts as
 *                           standing (or starting) until its speed exceeds this, and again once it
 *                           falls below half of it; while standing it uses the CA model with
 *                           {@code jerkNoiseMps3}, isotropic (a standing cyclist may set off in any
 *                           direction, its box's heading is no guide), while riding {@code motion}
 *                           with the heading-aligned noise; a track that stops (below half, or its
 *                           velocity turning back in one update) is not tracked moving back against its
 *                           direction of travel for 2 s (a dead stop's overshoot is no step back), m/s
 * @param lengthM            prior box length until a lidar measures it, m
 * @param widthM             prior box width, m
 * @param heightM            prior box height, m
 */
public record ClassParams(
        MotionModelKind motion,
        @Range(min = 0.01, max = 50) double accelNoiseMps2,
        @Range(min = 0.01, max = 100) double jerkNoiseMps3,
        @Range(min = 0.01, max = 1) double lateralNoiseRatio,
        @Range(min = 1, max = 100) double gateMahalanobisSq,
        @Range(min = 0.5, max = 50) double gateDistanceM,
        @Range(min = 0.1, max = 100) double initSpeedSigmaMps,
        @Range(min = 0, max = 20) double initAccelSigmaMps2,
        @Range(min = 0.05, max = 30) double maxCoastS,
        @Range(min = 0, max = 30) double maneuverSpeedSigmaMps,
        @Range(min = 0, max = 30) double maneuverLateralSigmaMps,
        @Range(min = 0, max = 30) double standingSpeedMps,
        @Range(min = 0.1, max = 30) double lengthM,
        @Range(min = 0.1, max = 10) double widthM,
        @Range(min = 0.1, max = 10) double heightM) {

    /** Parameters of a class without a standing model ({@code standingSpeedMps} 0). */
    public ClassParams(MotionModelKind motion, double accelNoiseMps2, double jerkNoiseMps3, double lateralNoiseRatio,
            double gateMahalanobisSq, double gateDistanceM, double initSpeedSigmaMps, double initAccelSigmaMps2,
            double maxCoastS, double maneuverSpeedSigmaMps, double maneuverLateralSigmaMps, double lengthM,
            double widthM, double heightM) {
        this(motion, accelNoiseMps2, jerkNoiseMps3, lateralNoiseRatio, gateMahalanobisSq, gateDistanceM,
                initSpeedSigmaMps, initAccelSigmaMps2, maxCoastS, maneuverSpeedSigmaMps, maneuverLateralSigmaMps, 0,
                lengthM, widthM, heightM);
    }
}
