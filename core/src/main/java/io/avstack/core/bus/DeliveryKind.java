package io.avstack.core.bus;

/**
 * How a topic's messages reach a subscriber that falls behind (asynchronous delivery only; the
 * synchronous bus hands every message to every subscriber on the publisher's thread).
 *
 * <p>Neither kind ever blocks the publisher: a full queue drops its <em>oldest</em> message and
 * counts it.
 */
public enum DeliveryKind {

    /** Latest value wins: a subscriber that falls behind sees only the newest message (queue of 1). */
    SENSOR(1),

    /** Bounded FIFO: every message is delivered unless the subscriber falls this many behind. */
    QUEUED(64);

    private final int defaultQueueCapacity;

    DeliveryKind(int defaultQueueCapacity) {
        this.defaultQueueCapacity = defaultQueueCapacity;
    }

    /** Per-subscriber queue length used when neither the registry entry nor the subscriber sets one. */
    public int defaultQueueCapacity() {
        return defaultQueueCapacity;
    }
}
