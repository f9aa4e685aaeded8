package io.avstack.core.bus;

import io.avstack.core.msg.Header;
import io.avstack.core.msg.NodeHealth;
import io.avstack.core.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A node's health counters, published as {@link NodeHealth} on {@code system/health}
 * ({@link StandardTopics#HEALTH}) once per period of the injected clock. The node counts what it
 * receives, publishes, drops and survives; its loop (or any frequent callback) calls
 * {@link #publishIfDue(long)} with the time it already read, so no extra clock read or timer
 * thread is needed, and a simulation run produces the same reports every time.
 *
 * <p>State: what the node last set with {@link #setState}, raised to at least
 * {@link NodeHealth.State#DEGRADED} in any report whose period saw an error, so a node that counts
 * errors gets a meaningful state without deciding one itself.
 *
 * <p>Counting is thread-safe and allocation-free (a node's handlers may run on several delivery
 * threads); publishing is done by one thread at a time.
 */
public final class HealthReporter {

    /** Default reporting period: 1 s, the topic's registered rate. */
    public static final long DEFAULT_PERIOD_NS = 1_000_000_000L;

    private final Bus bus;
    private final String topic;
    private final String node;
    private final Clock clock;
    private final long periodNs;
    private final long startNs;
    private final AtomicLong in = new AtomicLong();
    private final AtomicLong out = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private volatile String lastError = "";
    private volatile NodeHealth.State state = NodeHealth.State.OK;
    private long nextDueNs;
    private long errorsAtLastReport;
    private long seq;

    /**
     * @param topic    full topic name, normally {@code TopicNames.topic(vehicle, StandardTopics.HEALTH)}
     * @param node     the node's name, non-blank (also the reports' frame id)
     * @param periodNs time between reports, ns, {@code > 0}
     */
    public HealthReporter(Bus bus, String topic, String node, Clock clock, long periodNs) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.topic = Objects.requireNonNull(topic, "topic");
        this.node = Objects.requireNonNull(node, "node");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (node.isBlank()) {
            throw new IllegalArgumentException("HealthReporter node name must be non-blank, was \"" + node + "\"");
        }
        if (periodNs <= 0) {
            throw new IllegalArgumentException("HealthReporter periodNs must be > 0, was " + periodNs);
        }
        this.periodNs = periodNs;
        this.startNs = clock.nowNs();
        this.nextDueNs = startNs;
    }

    /** A reporter for {@code vehicle}'s standard health topic, every {@link #DEFAULT_PERIOD_NS}. */
    public static HealthReporter standard(Bus bus, String vehicle, String node, Clock clock) {
        return new HealthReporter(bus, TopicNames.topic(vehicle, StandardTopics.HEALTH), node, clock, DEFAULT_PERIOD_NS);
    }

    public void messageIn() {
        in.incrementAndGet();
    }

    public void messageOut() {
        out.incrementAndGet();
    }

    public void dropped(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("dropped count must be >= 0, was " + count);
        }
        dropped.addAndGet(count);
    }

    /** Counts an error the node survived and keeps its text as the last error. */
    public void error(String text) {
        lastError = Objects.requireNonNull(text, "text");
        errors.incrementAndGet();
    }

    /** {@link #error(String)} with the exception's class and message. */
    public void error(Throwable t) {
        error(t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()));
    }

    /** The node's own verdict, reported from now on (see the class comment for errors). */
    public void setState(NodeHealth.State newState) {
        state = Objects.requireNonNull(newState, "state");
    }

    /**
     * Wraps a subscription handler so each message counts as received and an exception it throws
     * counts as an error (and is rethrown, so the bus still counts and logs it).
     */
    public MessageHandler counting(MessageHandler handler) {
        Objects.requireNonNull(handler, "handler");
        return (t, m) -> {
            messageIn();
            try {
                handler.onMessage(t, m);
            } catch (RuntimeException e) {
                error(e);
                throw e;
            }
        };
    }

    /** The report as of {@code nowNs}, without publishing it. */
    public synchronized NodeHealth snapshot(long nowNs) {
        long errorCount = errors.get();
        NodeHealth.State reported = state;
        if (errorCount > errorsAtLastReport && reported == NodeHealth.State.OK) {
            reported = NodeHealth.State.DEGRADED;
        }
        return new NodeHealth(new Header(node, seq, nowNs, true), node, reported, in.get(), out.get(), dropped.get(),
                errorCount, lastError, Math.max(0, nowNs - startNs));
    }

    /**
     * Publishes a report if one is due at {@code nowNs} (the first one at once, then every period).
     * Returns whether it published.
     */
    public synchronized boolean publishIfDue(long nowNs) {
        if (nowNs < nextDueNs) {
            return false;
        }
        publish(nowNs);
        // Stay on the period grid, and after a stall skip the missed reports instead of bursting them.
        nextDueNs += ((nowNs - nextDueNs) / periodNs + 1) * periodNs;
        return true;
    }

    /** {@link #publishIfDue(long)} at the clock's current time. */
    public boolean publishIfDue() {
        return publishIfDue(clock.nowNs());
    }

    /** Publishes a report now, whatever the period (e.g. on a state change or at shutdown). */
    public synchronized void publish(long nowNs) {
        NodeHealth report = snapshot(nowNs);
        errorsAtLastReport = report.errors();
        seq++;
        bus.publish(topic, report);
    }

    public String node() {
        return node;
    }
}
