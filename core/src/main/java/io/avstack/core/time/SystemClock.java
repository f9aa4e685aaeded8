package io.avstack.core.time;

/**
 * Onboard clock: monotonic ns from {@link System#nanoTime()}, offset so that it starts near wall
 * time (ns since the Unix epoch), which keeps drive-log stamps readable.
 */
public final class SystemClock implements Clock {

    public static final SystemClock INSTANCE = new SystemClock();

    private final long offsetNs;

    private SystemClock() {
        this.offsetNs = System.currentTimeMillis() * 1_000_000L - System.nanoTime();
    }

    @Override
    public long nowNs() {
        return System.nanoTime() + offsetNs;
    }
}
