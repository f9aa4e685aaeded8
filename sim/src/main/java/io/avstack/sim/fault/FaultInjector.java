package io.avstack.sim.fault;

import io.avstack.core.msg.Message;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Applies {@link FaultSpec}s to messages on their way from a source (a sensor model, a log player,
 * a stack process) to the bus. Call {@link #apply} for every message with the current simulated
 * time, publish what it returns, and call {@link #poll} once per tick to publish the delayed
 * messages that came due. Time comes only from the {@code nowNs} arguments; randomness only from
 * the seed, so the same calls with the same seed give identical outputs.
 *
 * <p>Stages, in this order, each with every active fault of its kinds in spec order:
 * <ol>
 *   <li>loss: {@code dropout}, {@code bus_loss} (a dropped message goes no further);</li>
 *   <li>{@code frozen}: the last payload seen on the topic before the fault, under the new header;</li>
 *   <li>content: {@code noise}, {@code ghosts}, {@code blackout}, {@code glare}, {@code range_loss};</li>
 *   <li>delay: {@code latency} (due at measurement stamp + ms), then {@code bus_delay} (+ ms).</li>
 * </ol>
 * Each topic stays in order: a message is queued behind any still-pending message of its topic.
 *
 * <p>Not thread-safe: one thread (the simulation loop) owns an injector.
 */
public final class FaultInjector {

    /** A message released by {@link #poll}, with the topic it was given for. */
    public record Delivery(String topic, Message message) {
    }

    private record Pending(long dueNs, long order, String topic, Message message) {
    }

    private static final long NS_PER_MS = 1_000_000L;

    private final List<ActiveFault> faults;
    private final BaseNoise baseNoise;
    /** Last payload per topic while no frozen fault held it; only for topics a frozen fault targets. */
    private final Map<String, Message> lastGood = new HashMap<>();
    /** Due time of each topic's last queued message, to keep topics in order. */
    private final Map<String, Long> lastDueNs = new HashMap<>();
    private final PriorityQueue<Pending> pending = new PriorityQueue<>(
            Comparator.comparingLong(Pending::dueNs).thenComparingLong(Pending::order));
    private long pendingOrder;

    /** An injector with the default sensor {@link BaseNoise}. */
    public FaultInjector(List<FaultSpec> specs, long runSeed) {
        this(specs, runSeed, BaseNoise.DEFAULTS);
    }

    public FaultInjector(List<FaultSpec> specs, long runSeed, BaseNoise baseNoise) {
        Objects.requireNonNull(specs, "specs");
        this.baseNoise = Objects.requireNonNull(baseNoise, "baseNoise");
        List<ActiveFault> list = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            list.add(new ActiveFault(Objects.requireNonNull(specs.get(i), "specs[" + i + "]"), runSeed, i));
        }
        this.faults = List.copyOf(list);
    }

    /**
     * The messages to publish now for {@code message} arriving on {@code topic} at simulated time
     * {@code nowNs}: usually {@code [message]} or a faulted copy, empty when dropped or delayed.
     * The input message and its arrays are never modified.
     */
    public List<Message> apply(String topic, Message message, long nowNs) {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(message, "message");
        if (dropped(topic, nowNs)) {
            return List.of();
        }
        Message m = frozen(topic, message, nowNs);
        for (int i = 0; i < faults.size(); i++) {
            ActiveFault f = faults.get(i);
            if (isContent(f.spec.kind()) && hits(f, topic, nowNs)) {
                m = ContentFaults.apply(f, m, baseNoise);
            }
        }
        long dueNs = dueNs(topic, m, nowNs);
        Long topicDue = lastDueNs.get(topic);
        if (topicDue != null && topicDue > nowNs) {
            dueNs = Math.max(dueNs, topicDue);
        }
        if (dueNs <= nowNs) {
            return List.of(m);
        }
        pending.add(new Pending(dueNs, pendingOrder++, topic, m));
        lastDueNs.put(topic, dueNs);
        return List.of();
    }

    /** Delayed messages due at {@code nowNs} or earlier, in due order (ties: arrival order). */
    public List<Delivery> poll(long nowNs) {
        if (pending.isEmpty() || pending.peek().dueNs() > nowNs) {
            return List.of();
        }
        List<Delivery> out = new ArrayList<>();
        while (!pending.isEmpty() && pending.peek().dueNs() <= nowNs) {
            Pending p = pending.poll();
            out.add(new Delivery(p.topic(), p.message()));
        }
        return out;
    }

    /** Messages still held for later delivery. */
    public int pendingCount() {
        return pending.size();
    }

    /** One count per fault, in spec order. */
    public List<FaultCount> counts() {
        List<FaultCount> out = new ArrayList<>(faults.size());
        for (ActiveFault f : faults) {
            out.add(f.count());
        }
        return out;
    }

    private boolean dropped(String topic, long nowNs) {
        for (int i = 0; i < faults.size(); i++) {
            ActiveFault f = faults.get(i);
            FaultKind k = f.spec.kind();
            if ((k == FaultKind.DROPOUT || k == FaultKind.BUS_LOSS) && hits(f, topic, nowNs)) {
                // one draw per message that reaches this fault: an earlier drop in the list skips it
                if (k == FaultKind.DROPOUT || f.rng.nextDouble() < f.spec.param("p")) {
                    f.messages++;
                    return true;
                }
            }
        }
        return false;
    }

    private Message frozen(String topic, Message message, long nowNs) {
        ActiveFault holding = null;
        boolean targeted = false;
        for (int i = 0; i < faults.size(); i++) {
            ActiveFault f = faults.get(i);
            if (f.spec.kind() == FaultKind.FROZEN && f.spec.appliesTo(topic)) {
                targeted = true;
                if (holding == null && f.spec.activeAt(nowNs)) {
                    holding = f;
                }
            }
        }
        if (!targeted) {
            return message;
        }
        if (holding == null) {
            lastGood.put(topic, message);
            return message;
        }
        Message last = lastGood.get(topic);
        if (last == null || last.getClass() != message.getClass()) {
            // nothing to repeat yet: the first frame in the window becomes the frozen one
            lastGood.put(topic, message);
            holding.unsupported++;
            return message;
        }
        holding.messages++;
        return MessageHeaders.withHeader(last, message.header());
    }

    private long dueNs(String topic, Message m, long nowNs) {
        long dueNs = nowNs;
        for (int i = 0; i < faults.size(); i++) {
            ActiveFault f = faults.get(i);
            if (f.spec.kind() == FaultKind.LATENCY && hits(f, topic, nowNs)) {
                long releaseNs = m.header().stampNs() + msToNs(f.spec.param("ms"));
                if (releaseNs > nowNs) {
                    // a message already older than the latency is not held back any further
                    dueNs = Math.max(dueNs, releaseNs);
                    f.messages++;
                }
            }
        }
        for (int i = 0; i < faults.size(); i++) {
            ActiveFault f = faults.get(i);
            if (f.spec.kind() == FaultKind.BUS_DELAY && hits(f, topic, nowNs)) {
                dueNs += msToNs(f.spec.param("ms"));
                f.messages++;
            }
        }
        return dueNs;
    }

    private static boolean hits(ActiveFault f, String topic, long nowNs) {
        return f.spec.activeAt(nowNs) && f.spec.appliesTo(topic);
    }

    private static boolean isContent(FaultKind k) {
        return switch (k) {
            case NOISE, GHOSTS, BLACKOUT, GLARE, RANGE_LOSS -> true;
            default -> false;
        };
    }

    private static long msToNs(double ms) {
        return Math.round(ms * NS_PER_MS);
    }
}
