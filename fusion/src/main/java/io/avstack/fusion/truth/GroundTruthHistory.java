package io.avstack.fusion.truth;

import io.avstack.core.msg.GroundTruth;

/**
 * The simulator's ground truth at recent sensor stamps, for the truth-noise detector stages
 * (diagnostics only: the stack under test never reads ground truth). The harness records the truth
 * of each scene a sensor measured; a stage looks it up by its frame's stamp, so delayed frames still
 * meet the truth of the instant they were measured. Bounded; thread-safe.
 */
public final class GroundTruthHistory {

    private final GroundTruth[] ring;
    private int next;

    /** @param capacity truths kept (e.g. 256: a few seconds of every sensor's stamps) */
    public GroundTruthHistory(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("GroundTruthHistory capacity must be >= 1, was " + capacity);
        }
        ring = new GroundTruth[capacity];
    }

    /** Records the truth of one instant (a newer truth at an already recorded stamp replaces nothing). */
    public synchronized void record(GroundTruth truth) {
        long t = truth.header().stampNs();
        for (GroundTruth g : ring) {
            if (g != null && g.header().stampNs() == t) {
                return;
            }
        }
        ring[next] = truth;
        next = (next + 1) % ring.length;
    }

    /** The truth recorded at exactly {@code stampNs}, or null. */
    public synchronized GroundTruth at(long stampNs) {
        for (GroundTruth g : ring) {
            if (g != null && g.header().stampNs() == stampNs) {
                return g;
            }
        }
        return null;
    }
}
