package io.avstack.vehicle.bench.e2e;

import io.avstack.core.bus.Subscription;
import java.util.List;

/**
 * Messages waiting in all of the stack's subscriber queues, sampled: the maximum over the first and
 * the second half of the measured time (unbounded growth would show as the second half well above
 * the first) and the last sample.
 */
final class QueueSampler {

    private final long fromNs;
    private final long midNs;
    int maxFirstHalf;
    int maxSecondHalf;
    int last;

    QueueSampler(long fromNs, long untilNs) {
        this.fromNs = fromNs;
        this.midNs = fromNs + (untilNs - fromNs) / 2;
    }

    void sample(long nowNs, List<Subscription> subs) {
        int q = 0;
        for (Subscription s : subs) {
            q += s.queued();
        }
        if (nowNs >= fromNs) {
            if (nowNs < midNs) {
                maxFirstHalf = Math.max(maxFirstHalf, q);
            } else {
                maxSecondHalf = Math.max(maxSecondHalf, q);
            }
        }
        last = q;
    }
}
