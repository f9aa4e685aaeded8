package io.avstack.core.msg;

import java.util.Objects;

/**
 * The command to the actuators (~50 bytes on the wire). Both values finite: NaN or infinity never
 * reaches a vehicle.
 *
 * @param header       {@code frameId} is {@code "base_link"}
 * @param accelMps2    requested longitudinal acceleration, m/s²; negative = braking
 * @param steeringRad  requested front-wheel angle, rad, positive = left
 */
public record ControlCommand(Header header, double accelMps2, double steeringRad) implements Message {
    public ControlCommand {
        Objects.requireNonNull(header, "ControlCommand.header");
        Checks.finite("ControlCommand.accelMps2", accelMps2);
        Checks.finite("ControlCommand.steeringRad", steeringRad);
    }
}
