package io.avstack.vehicle.bench.e2e;

import java.util.Arrays;

/**
 * An append-only list of (key, time) pairs, ns, for one kind of event (a sensor frame published, a
 * world model published, ...): appended from delivery threads while the benchmark runs,
 * read after it has stopped. Two longs per event, amortised allocation-free.
 */
final class EventLog {

    private long[] keys = new long[1024];
    private long[] times = new long[1024];
    private int size;

    synchronized void add(long key, long timeNs) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            times = Arrays.copyOf(times, size * 2);
        }
        keys[size] = key;
        times[size] = timeNs;
        size++;
    }

    synchronized int size() {
        return size;
    }

    /** The events, sorted by time (ties keep their order), as a frozen view for the analysis. */
    synchronized Frozen freeze() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        long[] t = times;
        Arrays.sort(order, (a, b) -> Long.compare(t[a], t[b]));
        long[] k = new long[size];
        long[] tt = new long[size];
        for (int i = 0; i < size; i++) {
            k[i] = keys[order[i]];
            tt[i] = times[order[i]];
        }
        return new Frozen(k, tt);
    }

    /** Events sorted by time. */
    record Frozen(long[] keys, long[] times) {

        /** Index of the first event at or after {@code timeNs}, or -1. */
        int firstAtOrAfter(long timeNs) {
            int i = Arrays.binarySearch(times, timeNs);
            if (i < 0) {
                i = -i - 1;
            } else {
                while (i > 0 && times[i - 1] == timeNs) {
                    i--;
                }
            }
            return i < times.length ? i : -1;
        }

        /** Index of the first event strictly after {@code timeNs}, or -1. */
        int firstAfter(long timeNs) {
            return timeNs == Long.MAX_VALUE ? -1 : firstAtOrAfter(timeNs + 1);
        }

        /** Index of the first event with {@code key}, searching from the first at or after {@code fromNs}; -1 if none. */
        int firstWithKey(long key, long fromNs) {
            int i = firstAtOrAfter(fromNs);
            if (i < 0) {
                return -1;
            }
            for (; i < keys.length; i++) {
                if (keys[i] == key) {
                    return i;
                }
            }
            return -1;
        }

        /**
         * Index of the first event with a key at or above {@code key}, searching from the first at or
         * after {@code fromNs}; -1 if none. Keys are stamps: a later message on a latest-wins topic
         * replaces an earlier one that its subscriber had not taken yet.
         */
        int firstWithKeyAtLeast(long key, long fromNs) {
            int i = firstAtOrAfter(fromNs);
            if (i < 0) {
                return -1;
            }
            for (; i < keys.length; i++) {
                if (keys[i] >= key) {
                    return i;
                }
            }
            return -1;
        }

        int size() {
            return keys.length;
        }
    }
}
