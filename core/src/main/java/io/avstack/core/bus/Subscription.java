package io.avstack.core.bus;

/** A live subscription. Closing it stops delivery and frees its queue and thread. */
public interface Subscription extends AutoCloseable {

    /** The filter this subscription was made with. */
    String filter();

    /** Messages its handler has processed so far (returned normally; a handler that threw is not counted). */
    long delivered();

    /** Messages dropped because this subscriber's queue was full (oldest dropped first). */
    long dropped();

    @Override
    void close();
}
