package io.avstack.core.bus;

/**
 * Per-subscription overrides of the registry's delivery policy.
 *
 * @param queueCapacity bounded queue length for asynchronous delivery; {@code 0} means the
 *                      registry's default for the topic (1 for sensor topics: latest wins)
 * @param name          name of the subscriber, used for its delivery thread and in stats
 */
public record SubscribeOptions(int queueCapacity, String name) {
    public static final SubscribeOptions DEFAULTS = new SubscribeOptions(0, "subscriber");

    public SubscribeOptions {
        if (queueCapacity < 0) {
            throw new IllegalArgumentException("queueCapacity must be >= 0, was " + queueCapacity);
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must be non-blank");
        }
    }

    public static SubscribeOptions named(String name) {
        return new SubscribeOptions(0, name);
    }

    public SubscribeOptions withQueueCapacity(int capacity) {
        return new SubscribeOptions(capacity, name);
    }
}
