package io.avstack.fusion.node;

/**
 * When the threaded fusion node publishes a world model in its event-driven mode
 * ({@link FusionNodeBuilder#optPublishOnResults}): as soon as a detector result has been fused, so
 * a detection reaches the planner without waiting for a publishing grid; at most once per
 * {@code minIntervalNs} (a burst of results that arrives within it gives one world model); and at
 * least once per {@code periodNs} ({@code publishRateHz}) when no result arrives, as the planner and
 * the safety watchdog expect. Pure logic on clock readings; owned by the fusion thread.
 */
final class ResultPublishing {

    private final long periodNs;
    private final long minIntervalNs;
    private long lastNs = Long.MIN_VALUE;
    private boolean pending;

    /**
     * @param periodNs      longest time between two world models, ns (> 0)
     * @param minIntervalNs shortest time between two world models, ns (0..periodNs)
     */
    ResultPublishing(long periodNs, long minIntervalNs) {
        if (periodNs <= 0) {
            throw new IllegalArgumentException("world-model period must be > 0 ns, was " + periodNs);
        }
        if (minIntervalNs < 0 || minIntervalNs > periodNs) {
            throw new IllegalArgumentException("shortest world-model interval must be in [0, " + periodNs
                    + "] ns, was " + minIntervalNs);
        }
        this.periodNs = periodNs;
        this.minIntervalNs = minIntervalNs;
    }

    /** A detector result has been applied to the engine since the last world model. */
    void resultFused() {
        pending = true;
    }

    /** Whether a result is waiting to be published. */
    boolean pending() {
        return pending;
    }

    /** When the next world model is due, ns; {@link Long#MIN_VALUE} before the first (due at once). */
    long dueNs() {
        if (lastNs == Long.MIN_VALUE) {
            return Long.MIN_VALUE;
        }
        return pending ? lastNs + minIntervalNs : lastNs + periodNs;
    }

    boolean due(long nowNs) {
        return nowNs >= dueNs();
    }

    /** A world model was published at {@code nowNs}. */
    void published(long nowNs) {
        lastNs = nowNs;
        pending = false;
    }
}
