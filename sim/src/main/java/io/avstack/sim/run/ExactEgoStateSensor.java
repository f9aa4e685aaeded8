package io.avstack.sim.run;

import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.msg.Header;

/**
 * Publishes the ego's exact state (pose, speed, yaw rate, acceleration, steering) from the
 * simulated vehicle on {@code localization/ego_state}: perfect localisation. A noisy model can
 * replace it through the same {@link SensorModel} interface.
 */
public final class ExactEgoStateSensor {

    private ExactEgoStateSensor() {
    }

    public static SensorModel create(SimWorld world, String vehicleId, double rateHz) {
        long[] seq = {0};
        return SensorModel.of(TopicNames.topic(vehicleId, StandardTopics.EGO_STATE), rateHz,
                scene -> world.ego().toEgoState(Header.of("map", seq[0]++, scene.simTimeNs())));
    }
}
