package io.avstack.sim.sensor;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.Range;
import io.avstack.core.config.Validated;
import java.util.Objects;

/**
 * Noise of the simulated localisation + vehicle-bus ego state, loadable from YAML with
 * {@code ConfigLoader}. Every noise is white (independent per message, zero mean): there is no
 * drift. Defaults ({@link #defaults()}) are in docs/SENSORS.md.
 *
 * @param frameId               frame of the reported pose, e.g. {@code "map"}
 * @param positionNoiseSigmaM   Gaussian noise on pose x and y, m
 * @param yawNoiseSigmaRad      Gaussian noise on pose yaw, rad
 * @param speedNoiseSigmaMps    Gaussian noise on speed, m/s
 * @param yawRateNoiseSigmaRadps Gaussian noise on yaw rate, rad/s
 * @param accelNoiseSigmaMps2   Gaussian noise on acceleration, m/s²
 * @param steeringNoiseSigmaRad Gaussian noise on the steering angle, rad
 * @param rateHz                messages per second
 */
public record EgoStateParams(
        String frameId,
        @Range(min = 0, max = 10) double positionNoiseSigmaM,
        @Range(min = 0, max = 1) double yawNoiseSigmaRad,
        @Range(min = 0, max = 5) double speedNoiseSigmaMps,
        @Range(min = 0, max = 1) double yawRateNoiseSigmaRadps,
        @Range(min = 0, max = 5) double accelNoiseSigmaMps2,
        @Range(min = 0, max = 0.5) double steeringNoiseSigmaRad,
        @Range(min = 1, max = 1000) double rateHz) implements Validated {

    public EgoStateParams {
        Objects.requireNonNull(frameId, "EgoStateParams.frameId");
    }

    /** 2 cm / 0.002 rad pose, 0.05 m/s speed, 0.005 rad/s yaw rate, 0.05 m/s² accel, 0.002 rad steering, 50 Hz. */
    public static EgoStateParams defaults() {
        return new EgoStateParams("map", 0.02, 0.002, 0.05, 0.005, 0.05, 0.002, 50);
    }

    @Override
    public void validate() {
        if (frameId.isBlank()) {
            throw ConfigException.invalid("frameId", frameId, "must not be blank");
        }
    }

    /** Time between messages, ns. */
    public long periodNs() {
        return Math.round(1e9 / rateHz);
    }
}
