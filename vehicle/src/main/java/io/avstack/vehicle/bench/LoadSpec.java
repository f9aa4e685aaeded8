package io.avstack.vehicle.bench;

import io.avstack.core.msg.Message;

/**
 * One benchmark load: a message stream at a fixed rate on one topic.
 *
 * @param name         row label, e.g. "camera 640x480 JPEG"
 * @param topic        topic published and subscribed
 * @param rateHz       publish rate
 * @param durationS    how long to publish
 * @param factory      builds message {@code seq} stamped {@code stampNs} (the send time)
 * @param payloadBytes size of one message's payload, for the throughput column
 */
public record LoadSpec(String name, String topic, double rateHz, double durationS, MessageFactory factory,
                       long payloadBytes) {

    /** Builds the message with sequence number {@code seq} measured at {@code stampNs}. */
    @FunctionalInterface
    public interface MessageFactory {
        Message create(long seq, long stampNs);
    }

    public LoadSpec {
        if (!(rateHz > 0) || !(durationS > 0)) {
            throw new IllegalArgumentException("rateHz and durationS must be > 0: " + rateHz + ", " + durationS);
        }
    }

    public long messageCount() {
        return Math.round(rateHz * durationS);
    }
}
