package io.avstack.sim.vehicle;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.OptionalKey;
import io.avstack.core.config.Range;
import io.avstack.core.config.Validated;

/**
 * Geometry and actuator limits of the simulated ego vehicle, loadable from YAML with
 * {@code ConfigLoader} (ranges checked by {@code ConfigValidator}). The reference point is the
 * centre of the rear axle ({@code base_link}, see {@code io.avstack.core.geom}).
 *
 * @param wheelbaseM        rear axle to front axle, m
 * @param lengthM           bumper to bumper, m
 * @param widthM            body width without mirrors, m
 * @param rearOverhangM     rear bumper to rear axle, m; the box centre is
 *                          {@code lengthM / 2 - rearOverhangM} ahead of the reference point
 * @param maxAccelMps2      largest forward acceleration the powertrain delivers, m/s²
 * @param maxDecelMps2      largest braking deceleration, a positive number, m/s²
 * @param maxSteerRad       largest front-wheel angle either side, rad
 * @param maxSteerRateRadps largest rate of change of the front-wheel angle, rad/s
 * @param maxJerkMps3       largest rate of change of acceleration, m/s³; absent = no jerk limit
 * @param actuationDelayS   time from command to actuator response (pure delay), s
 * @param maxSpeedMps       top speed, m/s
 */
public record VehicleParams(
        @Range(min = 0.5, max = 20.0) double wheelbaseM,
        @Range(min = 0.5, max = 30.0) double lengthM,
        @Range(min = 0.3, max = 5.0) double widthM,
        @Range(min = 0.0, max = 10.0) double rearOverhangM,
        @Range(min = 0.1, max = 20.0) double maxAccelMps2,
        @Range(min = 0.1, max = 20.0) double maxDecelMps2,
        @Range(min = 0.01, max = 1.2) double maxSteerRad,
        @Range(min = 0.01, max = 10.0) double maxSteerRateRadps,
        @OptionalKey @Range(min = 0.1, max = 1000.0) Double maxJerkMps3,
        @Range(min = 0.0, max = 2.0) double actuationDelayS,
        @Range(min = 0.1, max = 100.0) double maxSpeedMps) implements Validated {

    /** The wheelbase and rear overhang must fit inside the body. */
    @Override
    public void validate() {
        if (rearOverhangM + wheelbaseM > lengthM) {
            throw ConfigException.invalid("rearOverhangM", rearOverhangM,
                    "rearOverhangM + wheelbaseM (" + (rearOverhangM + wheelbaseM)
                            + ") must not exceed lengthM (" + lengthM + ")");
        }
    }

    /** Distance from the rear-axle reference point forward to the box centre, m. */
    public double centreOffsetM() {
        return lengthM / 2.0 - rearOverhangM;
    }

    /** Whether a jerk limit is configured. */
    public boolean hasJerkLimit() {
        return maxJerkMps3 != null;
    }
}
