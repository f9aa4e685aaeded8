package io.avstack.core.bus;

import io.avstack.core.msg.Message;

/**
 * One topic's state inside a {@link TopicMonitor}: the reception side ({@link #onArrival}, any
 * thread, under the lock) and the snapshot the owner reads after {@link #update}.
 */
final class TopicHealth {

    final TopicSpec spec;
    private final long aliveWindowNs;
    private final double minRateHz;
    private final double maxRateHz;

    // Reception side, guarded by this.
    private Message incoming;
    private long arrivals;
    /** Arrivals in the ring since the stream last (re)started. */
    private long streamArrivals;
    private final long[] arrivalRingNs;
    private int ringNext;

    // Snapshot side: written by update(), read by the owning thread.
    private long arrivalsAtLastUpdate;
    Message latest;
    boolean updated;
    boolean alive;
    boolean freqOk;
    boolean valid;
    long lastArrivalNs = Long.MIN_VALUE;
    double measuredRateHz;

    /** @param intervals how many arrival intervals the rate is averaged over */
    TopicHealth(TopicSpec spec, int intervals, double aliveFactor, double freqTolerance) {
        this.spec = spec;
        this.aliveWindowNs = Math.round(aliveFactor * spec.periodNs());
        this.minRateHz = spec.rateHz() * (1 - freqTolerance);
        this.maxRateHz = spec.rateIsFloor() ? Double.POSITIVE_INFINITY : spec.rateHz() * (1 + freqTolerance);
        this.arrivalRingNs = new long[intervals + 1];
    }

    synchronized void onArrival(Message message, long arrivalNs) {
        incoming = message;
        int previous = (ringNext - 1 + arrivalRingNs.length) % arrivalRingNs.length;
        if (streamArrivals > 0 && arrivalNs - arrivalRingNs[previous] > aliveWindowNs) {
            // the topic was dead (the alive check said so): the rate is the resumed stream's; a window
            // spanning the gap would call it "off" for a whole window after, e.g., a broker outage
            streamArrivals = 0;
        }
        arrivalRingNs[ringNext] = arrivalNs;
        ringNext = (ringNext + 1) % arrivalRingNs.length;
        arrivals++;
        streamArrivals++;
    }

    void update(long nowNs) {
        long count;
        synchronized (this) {
            count = arrivals;
            latest = incoming;
            measuredRateHz = measureRateHz();
            if (count > 0) {
                lastArrivalNs = arrivalRingNs[(ringNext - 1 + arrivalRingNs.length) % arrivalRingNs.length];
            }
        }
        updated = count != arrivalsAtLastUpdate;
        arrivalsAtLastUpdate = count;
        alive = count > 0 && nowNs - lastArrivalNs <= aliveWindowNs;
        freqOk = alive && measuredRateHz >= minRateHz && measuredRateHz <= maxRateHz;
        valid = alive && latest != null && latest.header().valid();
    }

    /** Average rate over the stream's arrivals in the ring; 0 with fewer than MIN_INTERVALS intervals. */
    private double measureRateHz() {
        int stored = (int) Math.min(streamArrivals, arrivalRingNs.length);
        if (stored - 1 < TopicMonitor.MIN_INTERVALS) {
            return 0.0;
        }
        int newest = (ringNext - 1 + arrivalRingNs.length) % arrivalRingNs.length;
        int oldest = (ringNext - stored + arrivalRingNs.length) % arrivalRingNs.length;
        long spanNs = arrivalRingNs[newest] - arrivalRingNs[oldest];
        return spanNs <= 0 ? Double.POSITIVE_INFINITY : (stored - 1) * 1e9 / spanNs;
    }
}
