package io.avstack.core.bus;

import java.util.concurrent.atomic.LongAdder;

/**
 * The bus-wide counters behind {@link BusStats}, shared by every transport. Thread-safe; increments
 * are cheap under contention (one {@link LongAdder} each) and allocate nothing after warm-up.
 */
public final class BusCounters {

    private final LongAdder published = new LongAdder();
    private final LongAdder delivered = new LongAdder();
    private final LongAdder droppedQueueFull = new LongAdder();
    private final LongAdder droppedDisconnected = new LongAdder();
    private final LongAdder malformed = new LongAdder();
    private final LongAdder handlerErrors = new LongAdder();

    /** A message was accepted by {@code publish}. */
    public void countPublished() {
        published.increment();
    }

    /** A handler returned normally. */
    public void countDelivered() {
        delivered.increment();
    }

    /** A subscriber queue was full and dropped its oldest message. */
    public void countDroppedQueueFull() {
        droppedQueueFull.increment();
    }

    /** A publish was dropped because the transport is disconnected. */
    public void countDroppedDisconnected() {
        droppedDisconnected.increment();
    }

    /** Received bytes failed to decode, or decoded to the wrong type or an unknown topic. */
    public void countMalformed() {
        malformed.increment();
    }

    /** A handler threw. */
    public void countHandlerError() {
        handlerErrors.increment();
    }

    /** A consistent-enough snapshot (each counter read once; concurrent updates may straddle it). */
    public BusStats snapshot() {
        return new BusStats(published.sum(), delivered.sum(), droppedQueueFull.sum(), droppedDisconnected.sum(),
                malformed.sum(), handlerErrors.sum());
    }
}
