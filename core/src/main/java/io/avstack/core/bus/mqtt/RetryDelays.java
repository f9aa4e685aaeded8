package io.avstack.core.bus.mqtt;

/**
 * Delays between connection attempts during one outage: {@value #FAST_ATTEMPTS} attempts
 * {@code firstMs} apart (a restarted broker, a short network blip: found again within
 * {@code firstMs}, so sensor data and commands flow again at once), then doubling up to
 * {@code maxMs} (a broker that stays away is not hammered). An attempt on a dead local broker is
 * refused at once and costs next to nothing; {@link #reset} when connected. Thread-safe.
 */
final class RetryDelays {

    /** Attempts at the first delay before backing off: with 50 ms, the first 2 s of an outage. */
    static final int FAST_ATTEMPTS = 40;

    private final long firstMs;
    private final long maxMs;
    private int attempts;
    private long backoffMs;

    RetryDelays(long firstMs, long maxMs) {
        if (firstMs <= 0 || maxMs < firstMs) {
            throw new IllegalArgumentException("retry delays need 0 < firstMs <= maxMs, were " + firstMs + ", " + maxMs);
        }
        this.firstMs = firstMs;
        this.maxMs = maxMs;
        this.backoffMs = firstMs;
    }

    /** The delay before the next attempt, ms. */
    synchronized long next() {
        if (attempts < FAST_ATTEMPTS) {
            attempts++;
            return firstMs;
        }
        backoffMs = Math.min(2 * backoffMs, maxMs);
        return backoffMs;
    }

    /** Connected: the next outage starts with fast attempts again. */
    synchronized void reset() {
        attempts = 0;
        backoffMs = firstMs;
    }
}
