package io.avstack.vehicle.bench.e2e;

import java.util.Arrays;

/** A growable list of latencies, ns, and its order statistics in ms. */
final class Latencies {

    private long[] values = new long[256];
    private int size;

    void add(long ns) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = ns;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    int count() {
        return size;
    }

    /** The {@code q}-quantile (nearest rank), ms; NaN when empty. */
    double quantileMs(double q) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, rank))] / 1e6;
    }

    double p50Ms() {
        return quantileMs(0.5);
    }

    double p99Ms() {
        return quantileMs(0.99);
    }

    double maxMs() {
        return quantileMs(1.0);
    }
}
