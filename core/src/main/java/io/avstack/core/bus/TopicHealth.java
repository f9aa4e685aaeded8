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
    /** Arrivals since the stream last (re)started (the ring holds the newest of them). */
    private long streamArrivals;
    /** Reception time of the newest message, valid once {@code arrivals > 0}. */
    private long newestArrivalNs;
    /** Header stamps of the newest messages: the rate is measured on these (see {@link #measureRateHz}). */
    private final long[] stampRingNs;
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
        this.stampRingNs = new long[intervals + 1];
    }

    synchronized void onArrival(Message message, long arrivalNs) {
        incoming = message;
        if (streamArrivals > 0 && arrivalNs - newestArrivalNs > aliveWindowNs) {
            // the topic was dead (the alive check said so): the rate is the resumed stream's; a window
            // spanning the gap would call it "off" for a whole window after, e.g., a broker outage
            streamArrivals = 0;
        }
        newestArrivalNs = arrivalNs;
        stampRingNs[ringNext] = message.header().stampNs();
        ringNext = (ringNext + 1) % stampRingNs.length;
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
                lastArrivalNs = newestArrivalNs;
            }
        }
        updated = count != arrivalsAtLastUpdate;
        arrivalsAtLastUpdate = count;
        alive = count > 0 && nowNs - lastArrivalNs <= aliveWindowNs;
        freqOk = alive && measuredRateHz >= minRateHz && measuredRateHz <= maxRateHz;
        valid = alive && latest != null && latest.header().valid();
    }

    /**
     * Average rate over the stream's messages in the ring, from their header stamps (the producer's
     * clock: measurement or publish time), not their arrival times: a producer at its nominal rate
     * whose messages a transport delivers in bursts (an MQTT connection behind a large frame, a
     * sender that was not scheduled for a while) is not "too fast" or "too slow"; messages lost on
     * the way still lower it (their stamps are missing), and a transport that falls behind shows as
     * age (the alive and staleness checks, on arrivals). The monitor sees every message through a
     * tap, so a busy node's own queue drops do not count as loss. The span is newest minus oldest
     * stamp, so a few stamps out of order do not matter. 0 with fewer than MIN_INTERVALS intervals.
     */
    private double measureRateHz() {
        int stored = (int) Math.min(streamArrivals, stampRingNs.length);
        if (stored - 1 < TopicMonitor.MIN_INTERVALS) {
            return 0.0;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int k = 0; k < stored; k++) {
            long stamp = stampRingNs[(ringNext - 1 - k + 2 * stampRingNs.length) % stampRingNs.length];
            min = Math.min(min, stamp);
            max = Math.max(max, stamp);
        }
        long spanNs = max - min;
        return spanNs <= 0 ? Double.POSITIVE_INFINITY : (stored - 1) * 1e9 / spanNs;
    }
}
