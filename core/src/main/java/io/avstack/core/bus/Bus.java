package io.avstack.core.bus;

import io.avstack.core.msg.Message;

/**
 * The one interface every avstack node talks through. Two transports implement it: the in-process
 * bus (zero copy; synchronous deterministic mode for simulation and replay, asynchronous mode with
 * bounded per-subscriber queues onboard) and MQTT (Eclipse Paho, to an embedded or external broker).
 *
 * <p>Topic names follow {@code avstack/<vehicle>/<area>/<name>}; filters use MQTT syntax ({@code +}
 * one level, {@code #} the rest). Every published topic must be in the {@link TopicRegistry} the
 * bus was built with, and the message must be of the registered type.
 *
 * <p>{@link #publish} never blocks on a subscriber or the network: a full subscriber queue drops its
 * oldest message, a disconnected MQTT client drops the message; both are counted in {@link #stats()}.
 */
public interface Bus extends AutoCloseable {

    /** Publishes {@code message} on {@code topic}. Never blocks on subscribers or the network. */
    void publish(String topic, Message message);

    /**
     * Subscribes to every topic matching {@code filter}. Queue capacity and drop policy come from the
     * registry entry of each topic unless {@code options} override them.
     */
    Subscription subscribe(String filter, SubscribeOptions options, MessageHandler handler);

    /** Subscribes with the registry's defaults. */
    default Subscription subscribe(String filter, MessageHandler handler) {
        return subscribe(filter, SubscribeOptions.DEFAULTS, handler);
    }

    /**
     * Watches {@code filter} as messages arrive: on an asynchronous bus {@code handler} runs on the
     * thread that publishes or receives each message, before any subscriber queue, so it sees every
     * message at its arrival even when subscribers fall behind (for health monitors: rates and
     * ages). It must be quick and never block. On a synchronous bus, and on a bus that does not
     * override this, an ordinary subscription named {@code name}.
     */
    default Subscription tap(String filter, String name, MessageHandler handler) {
        return subscribe(filter, SubscribeOptions.named(name), handler);
    }

    /** Counters since the bus was created. */
    BusStats stats();

    /** Stops delivery and releases threads and connections. Idempotent. */
    @Override
    void close();
}
