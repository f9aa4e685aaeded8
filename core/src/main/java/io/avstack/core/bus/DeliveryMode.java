package io.avstack.core.bus;

/** How a {@link Dispatcher} (and so a bus) runs handlers. */
public enum DeliveryMode {

    /**
     * Handlers run on the publisher's thread, in subscription order, before {@code publish} returns.
     * A publish made from inside a handler is queued and delivered after the current message has
     * reached all its subscribers (breadth-first, FIFO, no recursion), so a run is the same every
     * time. For simulation, replay and tests. Publishers on other threads wait their turn.
     */
    SYNCHRONOUS,

    /**
     * Each subscription has a bounded queue per topic and its own delivery thread. {@code publish}
     * only enqueues; a full queue drops its oldest message (latest wins for sensor topics). For the
     * onboard process.
     */
    ASYNCHRONOUS
}
