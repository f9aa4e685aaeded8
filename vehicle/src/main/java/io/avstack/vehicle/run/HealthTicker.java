package io.avstack.vehicle.run;

import io.avstack.core.bus.RateLimitedLog;
import io.avstack.core.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.slf4j.LoggerFactory;

/**
 * Publishes every registered node's {@code NodeHealth} on {@code system/health} once per
 * {@link io.avstack.core.bus.HealthReporter#DEFAULT_PERIOD_NS} from one daemon thread, so nodes that
 * publish nothing for a while (a stack with no input) still report. A node's drops are its
 * subscriptions' queue drops plus what it counts itself (e.g. frames a detector skipped), added as
 * they grow. The reports stop with {@link #close}, after a last one.
 */
public final class HealthTicker implements AutoCloseable {

    private static final RateLimitedLog ERRORS = new RateLimitedLog(LoggerFactory.getLogger(HealthTicker.class));

    /** A node's reporter and where its drops come from. */
    private record Entry(NodeBus bus, LongSupplier ownDrops, long[] reportedDrops) {
    }

    private final Clock clock;
    private final long periodMs;
    private final List<Entry> entries = new ArrayList<>();
    private Thread thread;
    private volatile boolean running;

    /** @param periodMs time between the thread's wake-ups, ms (each reporter keeps its own period) */
    public HealthTicker(Clock clock, long periodMs) {
        this.clock = clock;
        this.periodMs = periodMs;
    }

    /** Registers a node (before {@link #start}); {@code ownDrops} counts drops the bus cannot see. */
    public HealthTicker add(NodeBus bus, LongSupplier ownDrops) {
        entries.add(new Entry(bus, ownDrops, new long[1]));
        return this;
    }

    /** Starts the reporting thread; the first reports go out at once. */
    public HealthTicker start() {
        running = true;
        thread = Thread.ofPlatform().daemon().name("health-ticker").start(this::loop);
        return this;
    }

    private void loop() {
        while (running) {
            tick(false);
            try {
                Thread.sleep(periodMs);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Brings each node's drop count up to date and publishes what is due (all when {@code force}). */
    synchronized void tick(boolean force) {
        long now = clock.nowNs();
        for (Entry e : entries) {
            try {
                long drops = e.bus().subscriptionDrops() + e.ownDrops().getAsLong();
                if (drops > e.reportedDrops()[0]) {
                    e.bus().health().dropped(drops - e.reportedDrops()[0]);
                    e.reportedDrops()[0] = drops;
                }
                if (force) {
                    e.bus().health().publish(now);
                } else {
                    e.bus().health().publishIfDue(now);
                }
            } catch (RuntimeException ex) {
                ERRORS.error("health report of " + e.bus().health().node() + " failed", ex);
            }
        }
    }

    /** Stops the thread and publishes a last report of every node. */
    @Override
    public void close() {
        running = false;
        Threads.interruptAndJoin(thread);
        tick(true);
    }
}
