package io.avstack.fusion.config;

/** The Kalman motion model of a class of objects. */
public enum MotionModelKind {
    /** Constant velocity, white-noise acceleration ({@code accelNoiseMps2}); acceleration reported as 0. */
    CV,
    /** Constant acceleration, white-noise jerk ({@code jerkNoiseMps3}). */
    CA
}
