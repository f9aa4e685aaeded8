package io.avstack.sim.run;

import io.avstack.core.bus.Bus;
import io.avstack.core.msg.Message;
import io.avstack.core.time.Clock;

/**
 * Sits between the sensor models and the bus: fault injection plugs in here (drop, delay, corrupt,
 * freeze). The runner passes every sensor message through {@link #onMessage} and calls
 * {@link #onTick} once per tick so held messages can be released. Must be deterministic.
 */
public interface SensorOutputHook {

    /** Where a hook sends what it lets through. */
    @FunctionalInterface
    interface Output {
        void publish(String topic, Message message);
    }

    /** Lets everything through unchanged. */
    SensorOutputHook PASS_THROUGH = (nowNs, topic, message, out) -> out.publish(topic, message);

    /** Called for each sensor message at sim time {@code nowNs}; publish zero or more messages through {@code out}. */
    void onMessage(long nowNs, String topic, Message message, Output out);

    /** Called once per tick after the sensors; publish any held messages now due. */
    default void onTick(long nowNs, Output out) {
    }

    /**
     * The bus the hosted stack nodes (and the built-in controller) publish on, so a hook can also
     * act on topics the stack publishes (objects, trajectory, commands). Default: the bus itself.
     */
    default Bus nodeBus(Bus bus, Clock clock) {
        return bus;
    }
}
