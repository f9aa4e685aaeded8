package io.avstack.sim.run;

import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.map.StopLine;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.TrafficLightState;
import io.avstack.core.msg.TrafficLightStates;
import io.avstack.sim.scene.Scene;
import java.util.ArrayList;
import java.util.List;

/**
 * A perfect light detector / V2X stand-in: publishes the state of every traffic light of the road
 * at sim time as {@link TrafficLightStates} on {@code perception/traffic_lights}, keyed by stop-line
 * id, in the road's stop-line order.
 */
public final class TrafficLightSensor {

    private TrafficLightSensor() {
    }

    /** A sensor publishing the road's light states at {@code rateHz}. */
    public static SensorModel create(String vehicleId, double rateHz) {
        long[] seq = {0};
        return SensorModel.of(TopicNames.topic(vehicleId, StandardTopics.TRAFFIC_LIGHTS), rateHz,
                scene -> of(scene, Header.of("map", seq[0]++, scene.simTimeNs())));
    }

    /** For {@link LockstepRunner.Builder#optSensor}. */
    public static java.util.function.Function<SimWorld, SensorModel> factory(double rateHz) {
        return w -> create(LockstepRunner.VEHICLE_ID, rateHz);
    }

    /** The light states of {@code scene}'s road at its time. */
    public static TrafficLightStates of(Scene scene, Header header) {
        List<StopLine> lines = scene.road().stopLines();
        List<TrafficLightState> states = new ArrayList<>(lines.size());
        for (StopLine line : lines) {
            states.add(new TrafficLightState(line.id(), line.light().state(scene.simTimeNs())));
        }
        return new TrafficLightStates(header, states);
    }
}
