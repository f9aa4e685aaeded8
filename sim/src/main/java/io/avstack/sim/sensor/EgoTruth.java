package io.avstack.sim.sensor;

import io.avstack.core.msg.Pose;
import java.util.Objects;

/**
 * The ego vehicle's true motion state at one instant, as the simulator's vehicle model knows it:
 * the input of {@link EgoStateSensor}.
 *
 * @param simTimeNs    simulated time, ns
 * @param pose         rear-axle centre pose in the world frame
 * @param speedMps     longitudinal speed, m/s; negative when reversing
 * @param yawRateRadps yaw rate, rad/s, counter-clockwise positive
 * @param accelMps2    longitudinal acceleration, m/s²
 * @param steeringRad  front-wheel steering angle, rad, positive = left
 */
public record EgoTruth(long simTimeNs, Pose pose, double speedMps, double yawRateRadps, double accelMps2,
                       double steeringRad) {
    public EgoTruth {
        Objects.requireNonNull(pose, "EgoTruth.pose");
    }
}
