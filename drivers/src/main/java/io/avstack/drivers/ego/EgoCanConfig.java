package io.avstack.drivers.ego;

import io.avstack.core.config.OptionalKey;
import io.avstack.drivers.can.CanSignal;
import java.util.Objects;

/**
 * Where the vehicle's own CAN bus carries the ego signals: a DBC subset in YAML (see
 * {@code docs/CONFIG.md}, "Ego CAN signal map"). Each signal's scale and offset must yield SI units.
 *
 * @param frameId  frame id of the published ego state, e.g. {@code "base_link"}
 * @param speed    vehicle speed, m/s after scaling; its message triggers a publish
 * @param yawRate  yaw rate, rad/s, positive counter-clockwise (left)
 * @param steering front-wheel steering angle, rad, positive left; optional
 * @param accel    longitudinal acceleration, m/s^2; optional (otherwise the speed's rate of change)
 */
public record EgoCanConfig(String frameId, CanSignal speed, CanSignal yawRate, @OptionalKey CanSignal steering,
                           @OptionalKey CanSignal accel) {
    public EgoCanConfig {
        Objects.requireNonNull(frameId, "EgoCanConfig.frameId");
        Objects.requireNonNull(speed, "EgoCanConfig.speed");
        Objects.requireNonNull(yawRate, "EgoCanConfig.yawRate");
    }
}
