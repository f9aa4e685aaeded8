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
 *                           Mahalanobis distance over the chi-square 95 % quantile (1 dof) is taken
 *                           as a lane change or cut-in starting or ending: before the update the track
 *                           gets a velocity jump of this standard deviation across its heading at its
 *                           previous box, m/s (0: never)
 * @param immJerkNoiseMps3   0: one motion model. Above 0: an interacting-multiple-model filter of two
 *                           models, the class's own ({@code motion}, heading-aligned noise) and a
 *                           manoeuvring one (CA, isotropic white jerk of this standard deviation,
 *                           m/s³), mixed by their likelihoods (a cyclist standing or riding on, and
 *                           one starting across its heading or stopping)
 * @param immStartPerS       IMM: rate at which the object is assumed to start a manoeuvre (switch from
 *                           its class's model to the manoeuvring one), 1/s (the probability of a
 *                           switch in dt is 1 - exp(-rate dt))
 * @param immEndPerS         IMM: rate at which a manoeuvre is assumed to end, 1/s (with the start
 *                           rate: the manoeuvring model's steady probability is start / (start + end))
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
        @Range(min = 0, max = 100) double immJerkNoiseMps3,
        @Range(min = 0, max = 50) double immStartPerS,
        @Range(min = 0, max = 50) double immEndPerS,
        @Range(min = 0.1, max = 30) double lengthM,
        @Range(min = 0.1, max = 10) double widthM,
        @Range(min = 0.1, max = 10) double heightM) {

    /** Parameters with one motion model (no IMM). */
    public ClassParams(MotionModelKind motion, double accelNoiseMps2, double jerkNoiseMps3, double lateralNoiseRatio,
            double gateMahalanobisSq, double gateDistanceM, double initSpeedSigmaMps, double initAccelSigmaMps2,
            double maxCoastS, double maneuverSpeedSigmaMps, double maneuverLateralSigmaMps, double lengthM,
            double widthM, double heightM) {
        this(motion, accelNoiseMps2, jerkNoiseMps3, lateralNoiseRatio, gateMahalanobisSq, gateDistanceM,
                initSpeedSigmaMps, initAccelSigmaMps2, maxCoastS, maneuverSpeedSigmaMps, maneuverLateralSigmaMps, 0, 0, 0,
                lengthM, widthM, heightM);
    }

    /** Whether the class is tracked by two models mixed by likelihood (interacting multiple models). */
    public boolean imm() {
        return immJerkNoiseMps3 > 0;
    }

    /**
     * The IMM's manoeuvring model as parameters of its own: CA with {@code immJerkNoiseMps3},
     * isotropic, the rest as this class's.
     */
    public ClassParams maneuveringModel() {
        return new ClassParams(MotionModelKind.CA, accelNoiseMps2, immJerkNoiseMps3, 1.0, gateMahalanobisSq,
                gateDistanceM, initSpeedSigmaMps, initAccelSigmaMps2, maxCoastS, maneuverSpeedSigmaMps,
                maneuverLateralSigmaMps, 0, 0, 0, lengthM, widthM, heightM);
    }
}
