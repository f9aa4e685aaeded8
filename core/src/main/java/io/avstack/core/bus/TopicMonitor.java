package io.avstack.core.bus;

import io.avstack.core.msg.Message;
import io.avstack.core.time.Clock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A node's view of its input topics, after openpilot's {@code SubMaster}: it subscribes to a set of
 * registered topics and, each time the owning node calls {@link #update(long)} (once per cycle, with
 * the cycle's {@code nowNs}), takes a consistent snapshot per topic of:
 * <ul>
 *   <li>{@link #latest} – the newest message (null before the first);</li>
 *   <li>{@link #updated} – whether one arrived since the previous {@code update};</li>
 *   <li>{@link #alive} – whether the last one arrived within {@code aliveFactor} x the registry
 *       period (default 10 x);</li>
 *   <li>{@link #freqOk} – alive, and the average rate over the recent window (default 1 s, at least
 *       {@value #MIN_INTERVALS} intervals) within {@code freqTolerance} (default +-20 %) of the
 *       registry rate; the rate is the producer's, measured on the messages' header stamps, so a
 *       transport delivering in bursts does not change it while lost messages lower it (openpilot's
 *       {@code SubMaster} measures on the sender's {@code logMonoTime} likewise); a gap in arrivals
 *       longer than the alive window restarts the window (the gap is the alive check's business,
 *       and the resumed stream's rate is measured on its own);</li>
 *   <li>{@link #valid} – alive and the latest message's header is valid.</li>
 * </ul>
 * Arrivals are stamped with the injected {@link Clock} as they are received, through a
 * {@link Bus#tap} (on an asynchronous bus: on the thread that publishes or receives the message,
 * before any subscriber queue, so a node that falls behind does not make its inputs look late,
 * bursty or lost); {@code update} never reads a clock. Accessors return the snapshot of the last
 * {@code update} and are meant for the owning thread; receptions may run on any thread.
 */
public final class TopicMonitor implements AutoCloseable {

    public static final double DEFAULT_ALIVE_FACTOR = 10.0;
    public static final double DEFAULT_FREQ_TOLERANCE = 0.2;
    public static final double DEFAULT_FREQ_WINDOW_S = 1.0;
    /** Fewest arrival intervals a rate is measured over; {@link #freqOk} is false before that. */
    public static final int MIN_INTERVALS = 5;

    private final Map<String, TopicHealth> byTopic;
    private final List<TopicHealth> entries;
    private final List<Subscription> subscriptions = new ArrayList<>();

    private TopicMonitor(Builder b) {
        Map<String, TopicHealth> map = new LinkedHashMap<>();
        for (String topic : b.topics) {
            TopicSpec spec = b.registry.spec(topic);
            int intervals = Math.max(MIN_INTERVALS, (int) Math.ceil(spec.rateHz() * b.freqWindowS));
            map.put(topic, new TopicHealth(spec, intervals, b.aliveFactor, b.freqTolerance));
        }
        this.byTopic = map;
        this.entries = List.copyOf(map.values());
        try {
            Clock clock = b.clock;
            for (TopicHealth entry : entries) {
                // a tap: every message at its arrival, not after a latest-wins queue behind a busy node
                subscriptions.add(b.bus.tap(entry.spec.name(), b.name + "-monitor:" + entry.spec.name(),
                        (topic, message) -> entry.onArrival(message, clock.nowNs())));
            }
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Takes the snapshot for this cycle. Call once per cycle from the owning thread. */
    public void update(long nowNs) {
        for (TopicHealth entry : entries) {
            entry.update(nowNs);
        }
    }

    /** The newest message as of the last {@link #update}, or {@code null} if none has arrived. */
    public Message latest(String topic) {
        return entry(topic).latest;
    }

    /** {@link #latest(String)} cast to the topic's type. */
    public <M extends Message> M latest(String topic, Class<M> type) {
        return type.cast(latest(topic));
    }

    /** Whether a message arrived between the previous two {@link #update} calls. */
    public boolean updated(String topic) {
        return entry(topic).updated;
    }

    public boolean alive(String topic) {
        return entry(topic).alive;
    }

    public boolean freqOk(String topic) {
        return entry(topic).freqOk;
    }

    public boolean valid(String topic) {
        return entry(topic).valid;
    }

    /** Reception time (monitor's clock) of the latest message; {@link Long#MIN_VALUE} if none. */
    public long lastArrivalNs(String topic) {
        return entry(topic).lastArrivalNs;
    }

    /** Average rate over the recent window in Hz; 0 until {@value #MIN_INTERVALS} intervals are seen. */
    public double measuredRateHz(String topic) {
        return entry(topic).measuredRateHz;
    }

    public boolean allAlive() {
        for (TopicHealth e : entries) {
            if (!e.alive) {
                return false;
            }
        }
        return true;
    }

    public boolean allValid() {
        for (TopicHealth e : entries) {
            if (!e.valid) {
                return false;
            }
        }
        return true;
    }

    public boolean allFreqOk() {
        for (TopicHealth e : entries) {
            if (!e.freqOk) {
                return false;
            }
        }
        return true;
    }

    /** Every topic alive and valid ({@code valid} implies {@code alive}). */
    public boolean allAliveAndValid() {
        return allValid();
    }

    /** The monitored topics, in the order they were added. */
    public Set<String> topics() {
        return byTopic.keySet();
    }

    private TopicHealth entry(String topic) {
        TopicHealth e = byTopic.get(topic);
        if (e == null) {
            throw new IllegalArgumentException("topic '" + topic + "' is not monitored here; monitored: "
                    + byTopic.keySet());
        }
        return e;
    }

    /** Unsubscribes from every topic. Idempotent. */
    @Override
    public void close() {
        for (Subscription s : subscriptions) {
            s.close();
        }
    }

    /**
     * DJL-style builder: {@code set*} required, {@code opt*} optional; validated in {@link #build()}.
     */
    public static final class Builder {
        private Bus bus;
        private TopicRegistry registry;
        private Clock clock;
        private final Set<String> topics = new LinkedHashSet<>();
        private String name = "node";
        private double aliveFactor = DEFAULT_ALIVE_FACTOR;
        private double freqTolerance = DEFAULT_FREQ_TOLERANCE;
        private double freqWindowS = DEFAULT_FREQ_WINDOW_S;

        private Builder() {
        }

        public Builder setBus(Bus bus) {
            this.bus = bus;
            return this;
        }

        /** The registry the bus was built with: gives each topic's expected rate. */
        public Builder setRegistry(TopicRegistry registry) {
            this.registry = registry;
            return this;
        }

        /** Stamps receptions. */
        public Builder setClock(Clock clock) {
            this.clock = clock;
            return this;
        }

        public Builder addTopic(String topic) {
            topics.add(topic);
            return this;
        }

        public Builder addTopics(String... names) {
            for (String t : names) {
                addTopic(t);
            }
            return this;
        }

        /** Owner's name, used in subscription names. Default {@code node}. */
        public Builder optName(String ownerName) {
            this.name = ownerName;
            return this;
        }

        /** A topic is dead after this many silent periods (> 1). Default 10. */
        public Builder optAliveFactor(double factor) {
            this.aliveFactor = factor;
            return this;
        }

        /** Allowed relative rate error, in (0, 1). Default 0.2 (+-20 %). */
        public Builder optFreqTolerance(double tolerance) {
            this.freqTolerance = tolerance;
            return this;
        }

        /** Length of the rate window in seconds (> 0). Default 1 s. */
        public Builder optFreqWindowS(double windowS) {
            this.freqWindowS = windowS;
            return this;
        }

        public TopicMonitor build() {
            Objects.requireNonNull(bus, "TopicMonitor needs setBus");
            Objects.requireNonNull(registry, "TopicMonitor needs setRegistry");
            Objects.requireNonNull(clock, "TopicMonitor needs setClock");
            if (topics.isEmpty()) {
                throw new IllegalArgumentException("TopicMonitor needs at least one addTopic");
            }
            if (!(aliveFactor > 1) || Double.isInfinite(aliveFactor)) {
                throw new IllegalArgumentException("aliveFactor must be finite and > 1, was " + aliveFactor);
            }
            if (!(freqTolerance > 0 && freqTolerance < 1)) {
                throw new IllegalArgumentException("freqTolerance must be in (0, 1), was " + freqTolerance);
            }
            if (!(freqWindowS > 0) || Double.isInfinite(freqWindowS)) {
                throw new IllegalArgumentException("freqWindowS must be finite and > 0, was " + freqWindowS);
            }
            TopicNames.requireValidLevel("monitor name", name);
            for (String topic : topics) {
                registry.spec(topic); // fails naming the topic if it is not registered
            }
            return new TopicMonitor(this);
        }
    }
}
