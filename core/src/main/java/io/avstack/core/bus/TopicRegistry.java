package io.avstack.core.bus;

import io.avstack.core.msg.Message;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every topic a bus may carry: name, message type, expected rate and delivery kind. Immutable and
 * thread-safe. Buses reject publishes on topics that are not here or with the wrong message type.
 *
 * <p>{@link #standard(String)} is the stack's registry (documented in {@code docs/TOPICS.md});
 * {@link #builder()} makes custom ones for tests and benchmarks.
 */
public final class TopicRegistry {

    private final Map<String, TopicSpec> byName;
    private final List<TopicSpec> topics;

    private TopicRegistry(Map<String, TopicSpec> byName) {
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
        this.topics = List.copyOf(byName.values());
    }

    /** The stack's standard topics for one vehicle, e.g. {@code standard("ego")}; see {@link StandardTopics}. */
    public static TopicRegistry standard(String vehicleId) {
        return StandardTopics.registry(vehicleId);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The entry for {@code topic}; throws {@link IllegalArgumentException} if it is not registered. */
    public TopicSpec spec(String topic) {
        TopicSpec spec = byName.get(topic);
        if (spec == null) {
            throw unknownTopic(topic);
        }
        return spec;
    }

    /** The entry for {@code topic}, or {@code null} if it is not registered. */
    public TopicSpec find(String topic) {
        return byName.get(topic);
    }

    public boolean contains(String topic) {
        return byName.containsKey(topic);
    }

    /**
     * Checks a publish: the topic must be registered and the message of its type. Returns the entry;
     * throws {@link IllegalArgumentException} naming the topic and the types otherwise.
     */
    public TopicSpec requirePublishable(String topic, Message message) {
        TopicSpec spec = spec(topic);
        spec.requireType(message);
        return spec;
    }

    /** All entries in registration order. */
    public List<TopicSpec> topics() {
        return topics;
    }

    /** Entries whose name matches {@code filter}, in registration order. */
    public List<TopicSpec> matching(TopicFilter filter) {
        List<TopicSpec> out = new ArrayList<>();
        for (TopicSpec spec : topics) {
            if (filter.matches(spec.name())) {
                out.add(spec);
            }
        }
        return out;
    }

    public int size() {
        return topics.size();
    }

    IllegalArgumentException unknownTopic(String topic) {
        return new IllegalArgumentException("unknown topic '" + topic + "': not in the topic registry ("
                + topics.size() + " topics; see docs/TOPICS.md)");
    }

    @Override
    public String toString() {
        return "TopicRegistry" + byName.keySet();
    }

    /** Collects entries; {@link #build()} rejects an empty registry. Names are validated as added. */
    public static final class Builder {
        private final Map<String, TopicSpec> byName = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds a topic with its kind's default queue capacity. */
        public Builder add(String name, Class<? extends Message> messageType, double rateHz, DeliveryKind kind) {
            return add(new TopicSpec(name, messageType, rateHz, kind));
        }

        /** Adds a topic whose rate is a floor ({@link TopicSpec#rateIsFloor}), with its kind's default queue capacity. */
        public Builder addAtLeast(String name, Class<? extends Message> messageType, double rateHz, DeliveryKind kind) {
            return add(TopicSpec.atLeast(name, messageType, rateHz, kind));
        }

        /** Adds a topic; a name already added is an {@link IllegalArgumentException}. */
        public Builder add(TopicSpec spec) {
            TopicSpec previous = byName.putIfAbsent(spec.name(), spec);
            if (previous != null) {
                throw new IllegalArgumentException("topic '" + spec.name() + "' registered twice");
            }
            return this;
        }

        /** Adds every entry of {@code other} (e.g. to combine two vehicles' registries). */
        public Builder addAll(TopicRegistry other) {
            for (TopicSpec spec : other.topics()) {
                add(spec);
            }
            return this;
        }

        public TopicRegistry build() {
            if (byName.isEmpty()) {
                throw new IllegalArgumentException("a topic registry needs at least one topic");
            }
            return new TopicRegistry(byName);
        }
    }
}
