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

    /**
     * The warm-up variant of this load: {@code factor} times the rate, capped at {@code maxMBps} of
     * payload, for {@code seconds}, so the JIT has compiled the path before anything is measured.
     */
    public LoadSpec warmUp(double factor, double maxMBps, double seconds) {
        double cappedHz = Math.max(rateHz, Math.min(rateHz * factor, maxMBps * 1e6 / Math.max(1, payloadBytes)));
        return new LoadSpec(name + " (warm-up)", topic, cappedHz, seconds, factory, payloadBytes);
    }

    public long messageCount() {
        return Math.round(rateHz * durationS);
    }
}
