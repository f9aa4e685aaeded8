package io.avstack.core.msg;

import java.util.List;
import java.util.Objects;

/**
 * The aspects of the traffic lights the stack knows about, keyed by the map's stop-line ids (a few
 * tens of bytes per light). Produced by the simulator (ground truth) or a light detector / V2X
 * receiver; consumed by planning and safety together with the static map.
 *
 * @param header {@code stampNs} the time the aspects were observed
 * @param lights copied on construction; at most one entry per stop line
 */
public record TrafficLightStates(Header header, List<TrafficLightState> lights) implements Message {

    public TrafficLightStates {
        Objects.requireNonNull(header, "TrafficLightStates.header");
        lights = List.copyOf(Objects.requireNonNull(lights, "TrafficLightStates.lights"));
        for (int i = 0; i < lights.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (lights.get(i).stopLineId().equals(lights.get(j).stopLineId())) {
                    throw Checks.fail("TrafficLightStates.lights[" + i + "].stopLineId", "unique",
                            lights.get(i).stopLineId());
                }
            }
        }
    }
}
