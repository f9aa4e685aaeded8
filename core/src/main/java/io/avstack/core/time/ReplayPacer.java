package io.avstack.core.time;

import java.util.Objects;

/**
 * Paces replayed records at their recorded rate: a record stamped {@code t} is due at
 * {@code anchorClock + (t - anchorStamp) / speed}. The first record offered, from any thread, sets
 * the anchor, so several file sources sharing one pacer (a pcap and two candumps exported from one
 * drive) keep their relative timing, as the sensors had it. Thread-safe.
 *
 * <p>Why pace at all: a file replayed as fast as possible arrives as one burst, which a live
 * transport (MQTT's bounded in-flight window) drops and a live stack's latest-only queues skip; a
 * vehicle process replaying files should see what the sensors would have delivered.
 */
public final class ReplayPacer {

    private final Clock clock;
    private final Sleeper sleeper;
    private final double speed;
    private boolean anchored;
    private long anchorStampNs;
    private long anchorClockNs;

    /**
     * @param speed factor on recorded speed (1 = real time); 0 = as fast as possible (no waits)
     * @throws IllegalArgumentException if {@code speed} is negative, NaN or infinite
     */
    public ReplayPacer(Clock clock, Sleeper sleeper, double speed) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.speed = requireSpeed(speed);
    }

    /**
     * @return {@code speed} if it is a valid replay speed (finite, >= 0; 0 = as fast as possible)
     * @throws IllegalArgumentException naming the value otherwise
     */
    public static double requireSpeed(double speed) {
        if (!(speed >= 0.0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be finite and >= 0 (0 = as fast as possible), was " + speed);
        }
        return speed;
    }

    /** A pacer that never waits (speed 0). */
    public static final ReplayPacer AS_FAST_AS_POSSIBLE = new ReplayPacer(() -> 0L, Sleeper.SYSTEM, 0.0);

    /** Waits until the record stamped {@code stampNs} is due; records stamped before the anchor are due at once. */
    public void awaitDue(long stampNs) throws InterruptedException {
        if (speed == 0.0) {
            return;
        }
        long dueNs;
        synchronized (this) {
            if (!anchored) {
                anchored = true;
                anchorStampNs = stampNs;
                anchorClockNs = clock.nowNs();
            }
            dueNs = anchorClockNs + (long) ((stampNs - anchorStampNs) / speed);
        }
        long waitNs = dueNs - clock.nowNs();
        if (waitNs > 0) {
            sleeper.sleepNs(waitNs);
        }
    }
}
