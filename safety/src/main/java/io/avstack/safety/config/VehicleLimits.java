package io.avstack.safety.config;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.Range;
import io.avstack.core.config.Validated;

/**
 * The controlled vehicle as the safety layer needs it: its box (for gaps) and the actuator limits
 * no final command may exceed. The reference point is the rear-axle centre ({@code base_link}).
 *
 * @param lengthM           bumper to bumper, m
 * @param widthM            body width, m
 * @param rearOverhangM     rear bumper to rear axle, m
 * @param wheelbaseM        rear axle to front axle, m
 * @param maxAccelMps2      largest acceleration a command may request, m/s²
 * @param maxDecelMps2      largest braking a command may request, positive, m/s²
 * @param maxSteerRad       largest front-wheel angle either side, rad
 * @param maxSteerRateRadps largest change of the commanded wheel angle per second, rad/s
 */
public record VehicleLimits(
        @Range(min = 0.5, max = 30.0) double lengthM,
        @Range(min = 0.3, max = 5.0) double widthM,
        @Range(min = 0.0, max = 10.0) double rearOverhangM,
        @Range(min = 0.5, max = 20.0) double wheelbaseM,
        @Range(min = 0.1, max = 20.0) double maxAccelMps2,
        @Range(min = 0.1, max = 20.0) double maxDecelMps2,
        @Range(min = 0.01, max = 1.2) double maxSteerRad,
        @Range(min = 0.01, max = 10.0) double maxSteerRateRadps) implements Validated {

    @Override
    public void validate() {
        if (rearOverhangM + wheelbaseM > lengthM) {
            throw ConfigException.invalid("rearOverhangM", rearOverhangM,
                    "rearOverhangM + wheelbaseM (" + (rearOverhangM + wheelbaseM) + ") must not exceed lengthM ("
                            + lengthM + ")");
        }
    }

    /** Distance from the rear axle forward to the front bumper, m. */
    public double frontM() {
        return lengthM - rearOverhangM;
    }
}
