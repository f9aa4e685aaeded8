package io.avstack.core.log;

import java.util.Arrays;

/**
 * Seek checkpoints: (log time, offset of a record frame), in file order. The writer builds one while
 * writing (and stores it in the footer); a reader of a log without a footer builds the same one by
 * scanning, with the same policy, so both paths seek alike.
 *
 * <p>Because log times are non-decreasing, every record before a checkpoint has a log time <= the
 * checkpoint's, which is what makes {@link #startOffset} correct.
 */
final class SeekIndex {

    private final int everyRecords;
    private final long everyNs;
    private long[] timesNs = new long[16];
    private long[] offsets = new long[16];
    private int size;
    private long recordsSinceCheckpoint;

    SeekIndex(int everyRecords, long everyNs) {
        this.everyRecords = everyRecords;
        this.everyNs = everyNs;
    }

    /** Notes a record; adds a checkpoint for it when the policy says one is due. */
    void onRecord(long logTimeNs, long offset) {
        boolean due = size == 0 || recordsSinceCheckpoint >= everyRecords
                || logTimeNs - timesNs[size - 1] >= everyNs;
        if (due) {
            add(logTimeNs, offset);
        } else {
            recordsSinceCheckpoint++;
        }
    }

    /** Adds a checkpoint unconditionally (e.g. read back from a footer). */
    void add(long logTimeNs, long offset) {
        if (size == timesNs.length) {
            timesNs = Arrays.copyOf(timesNs, size * 2);
            offsets = Arrays.copyOf(offsets, size * 2);
        }
        timesNs[size] = logTimeNs;
        offsets[size] = offset;
        size++;
        recordsSinceCheckpoint = 1;
    }

    int size() {
        return size;
    }

    long timeNs(int i) {
        return timesNs[i];
    }

    long offset(int i) {
        return offsets[i];
    }

    /**
     * Where to start scanning for the first record with log time >= {@code timeNs}: the last
     * checkpoint strictly before that time (records at exactly {@code timeNs} may precede a checkpoint
     * stamped {@code timeNs}), or {@code fallbackOffset} when there is none.
     */
    long startOffset(long timeNs, long fallbackOffset) {
        int lo = 0;
        int hi = size - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (timesNs[mid] < timeNs) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found < 0 ? fallbackOffset : offsets[found];
    }
}
