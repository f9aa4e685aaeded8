package io.avstack.core.log;

/**
 * Writer settings.
 *
 * @param bufferBytes        write buffer size; frames larger than this bypass it. Default 1 MiB.
 * @param flushIntervalNs    hand buffered records to the OS once this much log time has passed since
 *                           the last flush, ns; 0 flushes after every record. Default 100 ms. Records
 *                           handed to the OS survive a crash of the process (not of the machine:
 *                           only {@link DriveLogWriter#sync()} and close fsync).
 * @param indexEveryRecords  a seek checkpoint at least every this many records. Default 1000.
 * @param indexEveryNs       a seek checkpoint at least every this much log time, ns. Default 1 s.
 */
public record DriveLogOptions(int bufferBytes, long flushIntervalNs, int indexEveryRecords, long indexEveryNs) {

    public static final DriveLogOptions DEFAULTS = new DriveLogOptions(1 << 20, 100_000_000L, 1000, 1_000_000_000L);

    public DriveLogOptions {
        if (bufferBytes < 64) {
            throw new IllegalArgumentException("bufferBytes must be >= 64, was " + bufferBytes);
        }
        if (flushIntervalNs < 0) {
            throw new IllegalArgumentException("flushIntervalNs must be >= 0, was " + flushIntervalNs);
        }
        if (indexEveryRecords < 1) {
            throw new IllegalArgumentException("indexEveryRecords must be >= 1, was " + indexEveryRecords);
        }
        if (indexEveryNs < 1) {
            throw new IllegalArgumentException("indexEveryNs must be >= 1, was " + indexEveryNs);
        }
    }

    public DriveLogOptions withFlushIntervalNs(long ns) {
        return new DriveLogOptions(bufferBytes, ns, indexEveryRecords, indexEveryNs);
    }

    public DriveLogOptions withIndexEvery(int records, long ns) {
        return new DriveLogOptions(bufferBytes, flushIntervalNs, records, ns);
    }
}
