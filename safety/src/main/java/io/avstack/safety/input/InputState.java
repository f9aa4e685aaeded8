package io.avstack.safety.input;

import io.avstack.core.msg.Message;

/**
 * One input's state as of a cycle: the latest message and what the topic monitor knows about its
 * arrivals. Filled by the node from {@code TopicMonitor} (or by a test directly); read by the
 * watchdogs and checks.
 *
 * @param <M> the message type
 */
public final class InputState<M extends Message> {

    private final String name;
    private M latest;
    private boolean updated;
    private long lastArrivalNs = Long.MIN_VALUE;
    private boolean freqOk = true;
    private double measuredRateHz;

    /** @param name how reasons name the input, e.g. {@code "ego state"} */
    public InputState(String name) {
        this.name = name;
    }

    /**
     * Sets this cycle's snapshot.
     *
     * @param latestMessage  newest message, null if none has arrived
     * @param updatedNow     whether one arrived since the previous cycle
     * @param lastArrivalNs  reception time of the newest, {@link Long#MIN_VALUE} if none
     * @param freqOk         whether its measured rate is within tolerance
     * @param measuredRateHz measured rate, 0 until enough arrivals were seen to measure one
     */
    public void set(M latestMessage, boolean updatedNow, long lastArrivalNs, boolean freqOk, double measuredRateHz) {
        this.latest = latestMessage;
        this.updated = updatedNow;
        this.lastArrivalNs = lastArrivalNs;
        this.freqOk = freqOk;
        this.measuredRateHz = measuredRateHz;
    }

    public String name() {
        return name;
    }

    public M latest() {
        return latest;
    }

    public boolean updated() {
        return updated;
    }

    public boolean seen() {
        return latest != null;
    }

    /** Reception time of the newest message, {@link Long#MIN_VALUE} if none. */
    public long lastArrivalNs() {
        return lastArrivalNs;
    }

    /** Seconds since the newest message arrived; +infinity if none has. */
    public double ageS(long nowNs) {
        return latest == null ? Double.POSITIVE_INFINITY : (nowNs - lastArrivalNs) / 1e9;
    }

    /** False only when a rate was measured and is out of tolerance. */
    public boolean rateOk() {
        return freqOk || measuredRateHz == 0.0;
    }

    public double measuredRateHz() {
        return measuredRateHz;
    }
}
