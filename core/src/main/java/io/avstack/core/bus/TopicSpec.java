package io.avstack.core.bus;

import io.avstack.core.msg.Message;

import java.util.Objects;

/**
 * One registry entry.
 *
 * @param name          full topic name, {@code avstack/<vehicle>/<area>/<name>}
 * @param messageType   the only message class allowed on the topic
 * @param rateHz        expected publish rate in Hz (> 0); health monitoring derives liveness and
 *                      rate checks from it
 * @param kind          delivery policy for subscribers that fall behind
 * @param queueCapacity default per-subscriber queue length in asynchronous delivery (>= 1)
 * @param rateIsFloor   true: {@code rateHz} is the least the producer publishes, and more is fine
 *                      (event-driven producers, e.g. world models published on each detector result:
 *                      only too slow is a rate fault); false: the rate is nominal, too fast is a fault
 *                      too (e.g. a second driver publishing on a sensor's topic)
 */
public record TopicSpec(String name, Class<? extends Message> messageType, double rateHz, DeliveryKind kind,
                        int queueCapacity, boolean rateIsFloor) {

    public TopicSpec {
        TopicNames.requireValidTopic(name);
        Objects.requireNonNull(messageType, () -> "messageType of topic '" + name + "'");
        Objects.requireNonNull(kind, () -> "kind of topic '" + name + "'");
        if (!(rateHz > 0) || Double.isInfinite(rateHz)) {
            throw new IllegalArgumentException("rateHz of topic '" + name + "' must be finite and > 0, was " + rateHz);
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity of topic '" + name + "' must be >= 1, was "
                    + queueCapacity);
        }
    }

    /** An entry with a nominal rate. */
    public TopicSpec(String name, Class<? extends Message> messageType, double rateHz, DeliveryKind kind,
                     int queueCapacity) {
        this(name, messageType, rateHz, kind, queueCapacity, false);
    }

    /** An entry with a nominal rate and the kind's default queue capacity. */
    public TopicSpec(String name, Class<? extends Message> messageType, double rateHz, DeliveryKind kind) {
        this(name, messageType, rateHz, kind, kind == null ? 1 : kind.defaultQueueCapacity());
    }

    /** An entry whose rate is a floor ({@link #rateIsFloor}), with the kind's default queue capacity. */
    public static TopicSpec atLeast(String name, Class<? extends Message> messageType, double rateHz,
                                    DeliveryKind kind) {
        return new TopicSpec(name, messageType, rateHz, kind, kind == null ? 1 : kind.defaultQueueCapacity(), true);
    }

    /** Expected time between messages in ns. */
    public long periodNs() {
        return Math.round(1e9 / rateHz);
    }

    /**
     * Throws {@link IllegalArgumentException} naming the topic and both types unless {@code message}
     * is of this topic's type; null messages are rejected too.
     */
    public void requireType(Message message) {
        if (message == null) {
            throw new IllegalArgumentException("null message published on topic '" + name + "'");
        }
        if (!messageType.isInstance(message)) {
            throw new IllegalArgumentException("topic '" + name + "' carries " + messageType.getSimpleName()
                    + ", not " + message.getClass().getSimpleName());
        }
    }
}
