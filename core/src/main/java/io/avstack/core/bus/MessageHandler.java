package io.avstack.core.bus;

import io.avstack.core.msg.Message;

/** Receives messages for one subscription. Runs on the subscription's delivery thread. */
@FunctionalInterface
public interface MessageHandler {
    void onMessage(String topic, Message message);
}
