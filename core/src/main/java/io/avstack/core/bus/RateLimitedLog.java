package io.avstack.core.bus;

import org.slf4j.Logger;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Logs a recurring error at its 1st, 10th, 100th, 1000th... occurrence, so a handler that fails at
 * 30 Hz cannot flood the log, yet the first failure is always visible and the count is reported.
 * Count-based rather than time-based so that it reads no clock. Thread-safe.
 */
public final class RateLimitedLog {

    private final Logger logger;
    private final AtomicLong occurrences = new AtomicLong();

    public RateLimitedLog(Logger logger) {
        this.logger = logger;
    }

    /** Counts one occurrence and logs it at ERROR if the count is a power of ten. */
    public void error(String what, Throwable cause) {
        long n = occurrences.incrementAndGet();
        if (isPowerOfTen(n)) {
            logger.error("{} (occurrence {}; logged at 1, 10, 100, ...)", what, n, cause);
        }
    }

    /** Occurrences counted so far. */
    public long occurrences() {
        return occurrences.get();
    }

    static boolean isPowerOfTen(long n) {
        if (n < 1) {
            return false;
        }
        while (n % 10 == 0) {
            n /= 10;
        }
        return n == 1;
    }
}
