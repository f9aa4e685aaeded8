package io.avstack.sim.run;

import io.avstack.core.msg.Message;
import io.avstack.sim.scene.Scene;
import java.util.function.Function;

/**
 * A simulated sensor as the {@link LockstepRunner} hosts it: at {@link #rateHz()} the runner hands
 * it the tick's {@link Scene} and publishes what it returns on {@link #topic()}. Implementations
 * own their sequence numbers and draw noise only from generators seeded from the run seed, so a
 * run is reproducible.
 */
public interface SensorModel {

    /** Full topic name, e.g. {@code avstack/ego/sensor/lidar/top}. */
    String topic();

    /**
     * Publication rate, Hz, positive. The runner calls {@link #measure} at the first tick at or after
     * each due time (due times {@code 1e9 / rateHz} ns apart, at least one tick), so the average rate
     * is kept whether or not the period is a whole number of ticks.
     */
    double rateHz();

    /** The measurement of {@code scene}, stamped {@code scene.simTimeNs()}; null to publish nothing this time. */
    Message measure(Scene scene);

    /** A sensor model from a topic, a rate (Hz, > 0) and a measurement function. */
    static SensorModel of(String topic, double rateHz, Function<Scene, Message> measure) {
        if (!(rateHz > 0)) {
            throw new IllegalArgumentException("sensor on " + topic + ": rateHz must be > 0, was " + rateHz);
        }
        return new SensorModel() {
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
                return measure.apply(scene);
            }
        };
    }
}
