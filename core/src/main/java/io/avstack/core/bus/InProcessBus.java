package io.avstack.core.bus;

import io.avstack.core.msg.Message;

/**
 * The default transport: subscribers in the same JVM, zero copy (every subscriber receives the very
 * instance that was published). {@link DeliveryMode#SYNCHRONOUS} for deterministic simulation and
 * replay, {@link DeliveryMode#ASYNCHRONOUS} onboard. All the work is the shared {@link Dispatcher}.
 */
public final class InProcessBus implements Bus {

    private final Dispatcher dispatcher;

    public InProcessBus(TopicRegistry registry, DeliveryMode mode) {
        this.dispatcher = new Dispatcher(registry, mode);
    }

    /** Deterministic delivery on the publisher's thread. */
    public static InProcessBus synchronous(TopicRegistry registry) {
        return new InProcessBus(registry, DeliveryMode.SYNCHRONOUS);
    }

    /** Bounded per-subscriber queues, one delivery thread per subscription. */
    public static InProcessBus asynchronous(TopicRegistry registry) {
        return new InProcessBus(registry, DeliveryMode.ASYNCHRONOUS);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the topic is not registered or the message has the wrong type
     * @throws IllegalStateException    after {@link #close()}
     */
    @Override
    public void publish(String topic, Message message) {
        dispatcher.publish(topic, message);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the filter is malformed or matches no registered topic
     * @throws IllegalStateException    after {@link #close()}
     */
    @Override
    public Subscription subscribe(String filter, SubscribeOptions options, MessageHandler handler) {
        return dispatcher.subscribe(filter, options, handler);
    }

    @Override
    public Subscription tap(String filter, String name, MessageHandler handler) {
        return dispatcher.tap(filter, name, handler);
    }

    @Override
    public BusStats stats() {
        return dispatcher.stats();
    }

    public TopicRegistry registry() {
        return dispatcher.registry();
    }

    public DeliveryMode mode() {
        return dispatcher.mode();
    }

    /** Stops every delivery thread (each joined with a timeout). Idempotent. */
    @Override
    public void close() {
        dispatcher.close();
    }
}
