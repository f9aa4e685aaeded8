package io.avstack.vehicle.bench;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.BusStats;
import io.avstack.core.bus.SubscribeOptions;
import io.avstack.core.bus.Subscription;
import io.avstack.core.msg.Message;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Publishes a {@link LoadSpec} at its rate from one bus and measures what arrives at a subscriber on
 * another (or the same) bus: loss, throughput and latency percentiles. Benchmark code, so it reads
 * {@link System#nanoTime()} directly; the stamp in each header is the send time on that clock.
 */
public final class BusBenchmark {

    private static final long DRAIN_TIMEOUT_NS = TimeUnit.SECONDS.toNanos(3);
    /**
     * Subscriber queue for the benchmark: deep enough that a handler which keeps up never drops, so
     * "lost" measures the transport, not the latest-wins policy of sensor topics.
     */
    private static final int BENCH_QUEUE_CAPACITY = 256;
    private static final long SUBSCRIBE_SETTLE_NS = TimeUnit.MILLISECONDS.toNanos(300);

    private BusBenchmark() {
    }

    /** Warm-up: five times the rate, at most 30 MB/s of payload, for this long; not measured. */
    private static final double WARM_UP_S = 3.0;
    private static final double WARM_UP_RATE_FACTOR = 5;
    private static final double WARM_UP_MAX_MBPS = 30;

    /** Warms the path up with {@code load} at a higher rate, then measures {@code load}. */
    public static LoadResult run(String transport, LoadSpec load, Bus publisher, Bus subscriber) {
        measure(transport, load.warmUp(WARM_UP_RATE_FACTOR, WARM_UP_MAX_MBPS, WARM_UP_S), publisher, subscriber);
        return measure(transport, load, publisher, subscriber);
    }

    private static LoadResult measure(String transport, LoadSpec load, Bus publisher, Bus subscriber) {
        Histogram latencyNs = new Histogram(TimeUnit.SECONDS.toNanos(30), 3);
        AtomicLong received = new AtomicLong();
        AtomicLong lastReceiptNs = new AtomicLong();
        BusStats before = publisher.stats();
        try (Subscription sub = subscriber.subscribe(load.topic(), SubscribeOptions.named("bench").withQueueCapacity(BENCH_QUEUE_CAPACITY),
                (topic, message) -> {
                    long now = System.nanoTime();
                    synchronized (latencyNs) {
                        latencyNs.recordValue(Math.max(0, now - message.header().stampNs()));
                    }
                    lastReceiptNs.set(now);
                    received.incrementAndGet();
                })) {
            LockSupport.parkNanos(SUBSCRIBE_SETTLE_NS); // MQTT SUBACK round trip
            long count = load.messageCount();
            long periodNs = Math.round(1e9 / load.rateHz());
            long startNs = System.nanoTime();
            for (long seq = 0; seq < count; seq++) {
                long dueNs = startNs + seq * periodNs;
                long waitNs;
                while ((waitNs = dueNs - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(waitNs);
                }
                Message m = load.factory().create(seq, System.nanoTime());
                publisher.publish(load.topic(), m);
            }
            long deadline = System.nanoTime() + DRAIN_TIMEOUT_NS;
            while (received.get() + sub.dropped() < count && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
            long rx = received.get();
            double elapsedS = Math.max(1e-9, (Math.max(lastReceiptNs.get(), startNs) - startNs) / 1e9);
            BusStats after = publisher.stats();
            synchronized (latencyNs) {
                return new LoadResult(transport, load.name(), count, rx, sub.dropped(),
                        after.droppedDisconnected() - before.droppedDisconnected(), elapsedS, rx / elapsedS,
                        rx * (double) load.payloadBytes() / 1e6 / elapsedS,
                        latencyNs.getValueAtPercentile(50) / 1e6, latencyNs.getValueAtPercentile(99) / 1e6,
                        latencyNs.getMaxValue() / 1e6);
            }
        }
    }
}
