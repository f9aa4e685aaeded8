package io.avstack.sim.run;

import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.Message;
import io.avstack.sim.scene.Scene;

/**
 * Publishes the ego's exact state (pose, speed, yaw rate, acceleration, steering) from the
 * simulated vehicle on {@code localization/ego_state}: perfect localisation. A noisy model can
 * replace it through the same {@link SensorModel} interface.
 */
public final class ExactEgoStateSensor implements SensorModel {

    private final SimWorld world;
    private final String topic;
    private final double rateHz;
    private long seq;

    public ExactEgoStateSensor(SimWorld world, String vehicleId, double rateHz) {
        if (!(rateHz > 0)) {
            throw new IllegalArgumentException("ego state rateHz must be > 0, was " + rateHz);
        }
        this.world = world;
        this.topic = TopicNames.topic(vehicleId, StandardTopics.EGO_STATE);
        this.rateHz = rateHz;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public double rateHz() {
        return rateHz;
    }

    @Override
    public Message measure(Scene scene) {
        return world.ego().toEgoState(Header.of("map", seq++, scene.simTimeNs()));
    }
}
