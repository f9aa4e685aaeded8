package io.avstack.core.msg;

import java.util.Objects;

/**
 * The ego vehicle's own state, from localisation and the vehicle bus (~125 bytes on the wire).
 *
 * @param header        {@code frameId} is the frame of {@code pose}, e.g. {@code "map"}
 * @param pose          pose of the rear-axle centre ({@code base_link})
 * @param speedMps      longitudinal speed, m/s; negative when reversing
 * @param yawRateRadps  yaw rate, rad/s, counter-clockwise positive
 * @param accelMps2     longitudinal acceleration, m/s², negative = decelerating
 * @param steeringRad   front-wheel steering angle, rad, positive = left
 */
public record EgoState(Header header, Pose pose, double speedMps, double yawRateRadps,
                       double accelMps2, double steeringRad) implements Message {
    public EgoState {
        Objects.requireNonNull(header, "EgoState.header");
        Objects.requireNonNull(pose, "EgoState.pose");
        Checks.finite("EgoState.speedMps", speedMps);
        Checks.finite("EgoState.yawRateRadps", yawRateRadps);
        Checks.finite("EgoState.accelMps2", accelMps2);
        Checks.finite("EgoState.steeringRad", steeringRad);
    }
}
