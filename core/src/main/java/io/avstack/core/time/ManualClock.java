package io.avstack.core.time;

/**
 * A clock that moves only when told to: the simulated clock for simulation, replay and tests.
 * Thread-safe; time never goes backwards.
 */
public final class ManualClock implements Clock {

    private volatile long nowNs;

    public ManualClock(long startNs) {
        this.nowNs = startNs;
    }

    public ManualClock() {
        this(0L);
    }

    @Override
    public long nowNs() {
        return nowNs;
    }

    /** Advances by {@code deltaNs} (>= 0) and returns the new time. */
    public synchronized long advanceNs(long deltaNs) {
        if (deltaNs < 0) {
            throw new IllegalArgumentException("deltaNs must be >= 0, was " + deltaNs);
        }
        nowNs += deltaNs;
        return nowNs;
    }

    /** Sets the time; {@code newNowNs} must not be before the current time. */
    public synchronized void setNs(long newNowNs) {
        if (newNowNs < nowNs) {
            throw new IllegalArgumentException("time cannot go backwards: " + newNowNs + " < " + nowNs);
        }
        nowNs = newNowNs;
    }
}
