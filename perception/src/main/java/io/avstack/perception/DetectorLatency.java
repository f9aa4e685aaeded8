package io.avstack.perception;

import java.util.Arrays;

/**
 * Latency percentiles of a detector call: the work runs {@code warmUp} times unmeasured (JIT,
 * allocator and engine caches), then {@code frames} times timed one by one. A benchmark, so it
 * reads {@link System#nanoTime} directly. Any detector plugs in as a {@link Runnable}, e.g.
 * {@code measure(() -> cameraDetector.detect(frame), 30, 300)}.
 */
public final class DetectorLatency {

    /**
     * Latency percentiles (nearest rank), ms.
     *
     * @param frames timed calls
     */
    public record Result(int frames, double p50Ms, double p99Ms, double maxMs, double meanMs) {
    }

    private DetectorLatency() {
    }

    /** Times {@code frames} runs of {@code work} after {@code warmUp} untimed ones. */
    public static Result measure(Runnable work, int warmUp, int frames) {
        if (frames < 1 || warmUp < 0) {
            throw new IllegalArgumentException("DetectorLatency needs frames >= 1 and warmUp >= 0, was " + frames
                    + ", " + warmUp);
        }
        for (int i = 0; i < warmUp; i++) {
            work.run();
        }
        long[] ns = new long[frames];
        for (int i = 0; i < frames; i++) {
            long t0 = System.nanoTime();
            work.run();
            ns[i] = System.nanoTime() - t0;
        }
        return summarise(ns);
    }

    /** Percentiles of measured durations, ns (the array is sorted in place). */
    public static Result summarise(long[] ns) {
        if (ns.length == 0) {
            throw new IllegalArgumentException("DetectorLatency needs at least one duration");
        }
        Arrays.sort(ns);
        long sum = 0;
        for (long v : ns) {
            sum += v;
        }
        int n = ns.length;
        return new Result(n, ns[percentileIndex(n, 0.50)] / 1e6, ns[percentileIndex(n, 0.99)] / 1e6,
                ns[n - 1] / 1e6, sum / 1e6 / n);
    }

    /** Nearest-rank percentile index into a sorted array of {@code n} values. */
    static int percentileIndex(int n, double q) {
        return Math.min(n - 1, Math.max(0, (int) Math.ceil(q * n) - 1));
    }
}
