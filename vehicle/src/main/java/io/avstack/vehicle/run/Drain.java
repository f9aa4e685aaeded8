package io.avstack.vehicle.run;

import io.avstack.core.bus.Subscription;
import java.time.Duration;

/**
 * Waits, bounded, until a subscription has caught up: its queue is empty and nothing more arrived
 * for one quiet interval (messages still on their way through a broker count as arriving). Used at
 * shutdown so the drive log gets what the drivers published before it is finished.
 */
public final class Drain {

    /** Poll interval and the quiet time that counts as drained, ms. */
    static final long QUIET_MS = 50;

    private Drain() {
    }

    /**
     * @return true when drained, false when {@code bound} passed first (what is still queued is lost)
     */
    public static boolean await(Subscription s, Duration bound) throws InterruptedException {
        long polls = Math.max(1, bound.toMillis() / QUIET_MS);
        long lastSeen = s.delivered() + s.dropped();
        for (long i = 0; i < polls; i++) {
            Thread.sleep(QUIET_MS);
            long seen = s.delivered() + s.dropped();
            if (s.queued() == 0 && seen == lastSeen) {
                return true;
            }
            lastSeen = seen;
        }
        return false;
    }
}
