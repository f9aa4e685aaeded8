package io.avstack.core.bus;

/** A live subscription. Closing it stops delivery and frees its queue and thread. */
public interface Subscription extends AutoCloseable {

    /** The filter this subscription was made with. */
    String filter();

    /** Messages its handler has processed so far (returned normally; a handler that threw is not counted). */
    long delivered();

    /** Messages dropped because this subscriber's queue was full (oldest dropped first). */
    long dropped();

    /**
     * Messages waiting in this subscriber's queue now (asynchronous delivery); 0 for synchronous
     * delivery. A snapshot, for monitoring queue growth.
     */
    default int queued() {
        return 0;
    }

    @Override
    void close();
}
