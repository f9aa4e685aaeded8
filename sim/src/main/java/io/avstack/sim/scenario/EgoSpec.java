package io.avstack.sim.scenario;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.OptionalKey;
import io.avstack.core.config.Range;
import io.avstack.core.config.Validated;
import io.avstack.sim.vehicle.VehicleParams;

/**
 * The ego vehicle of a scenario. It drives in the forward direction (towards increasing s).
 *
 * @param laneId          start lane (OpenDRIVE id, forward lanes are -1, -2, ...)
 * @param startSM         arc length of the ego's reference point at the start, m
 * @param startSpeedMps   speed at the start, m/s
 * @param targetSpeedMps  cruise set speed of the built-in controller, m/s
 * @param vehicle         geometry and actuator limits; absent: the simulator's default car
 * @param routeEndSM      the route ends at this arc length, m; absent: at the road's end
 */
public record EgoSpec(
        int laneId,
        @Range(min = 0, max = 1e6) double startSM,
        @Range(min = 0, max = 100) double startSpeedMps,
        @Range(min = 0, max = 100) double targetSpeedMps,
        @OptionalKey VehicleParams vehicle,
        @OptionalKey @Range(min = 0, max = 1e6) Double routeEndSM) implements Validated {

    /** {@link #vehicle()} if the file gives one, else {@code defaults}. */
    public VehicleParams vehicleOr(VehicleParams defaults) {
        return vehicle != null ? vehicle : defaults;
    }

    @Override
    public void validate() {
        if (laneId >= 0) {
            throw ConfigException.invalid("laneId", laneId,
                    "the ego starts in a forward lane: -1, -2, ... (negative ids)");
        }
        if (routeEndSM != null && !(routeEndSM > startSM)) {
            throw ConfigException.invalid("routeEndSM", routeEndSM, "must be greater than startSM (" + startSM + ")");
        }
    }
}
