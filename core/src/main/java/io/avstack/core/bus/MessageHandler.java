package io.avstack.core.bus;

import io.avstack.core.msg.Message;

/**
 * Receives messages for one subscription. Runs on the subscription's own delivery thread on an
 * asynchronous bus, on the publisher's thread on a synchronous one; never on two threads at once.
 * An exception it throws is caught, counted in {@link BusStats#handlerErrors()} and logged
 * (rate-limited); delivery continues with the next message.
 */
@FunctionalInterface
public interface MessageHandler {
    void onMessage(String topic, Message message);
}
