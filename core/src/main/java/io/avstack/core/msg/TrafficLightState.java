package io.avstack.core.msg;

import io.avstack.core.map.LightState;
import java.util.Objects;

/**
 * One traffic light's aspect.
 *
 * @param stopLineId the map stop line the light controls ({@code StopLine.id()}); non-blank
 * @param state      the aspect shown
 */
public record TrafficLightState(String stopLineId, LightState state) {

    public TrafficLightState {
        Objects.requireNonNull(stopLineId, "TrafficLightState.stopLineId");
        if (stopLineId.isBlank()) {
            throw Checks.fail("TrafficLightState.stopLineId", "non-blank", "\"" + stopLineId + "\"");
        }
        Objects.requireNonNull(state, "TrafficLightState.state");
    }
}
