package io.avstack.vehicle.bench.e2e;

import io.avstack.core.time.Clock;

/**
 * The end-to-end benchmark's one time base: monotonic ns since the benchmark started. Sensor
 * stamps, every node's clock and every probe reading come from it, so a latency is a difference
 * of two readings of the same clock (System.nanoTime: benchmarks are the exception the style allows).
 */
final class BenchClock implements Clock {

    private final long originNs = System.nanoTime();

    @Override
    public long nowNs() {
        return System.nanoTime() - originNs;
    }
}
