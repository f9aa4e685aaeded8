package io.avstack.safety.rss;

import io.avstack.core.rss.RssPairState;
import java.util.Arrays;

/**
 * The {@link RssPairState} of the ego with each track, keyed by track id without boxing: a cycle
 * {@link #begin}s, {@link #get}s the state of every track it sees, and {@link #end}s, which drops the
 * tracks not seen (a track id is never reused, so a lost track's history is never needed again).
 * Also remembers when each pair was first seen and whether it has been dangerous ever since
 * ({@link #dangerousSinceFirstSeenS}): such a pair's blame time is not known, its first sighting is
 * the earliest the ego could respond.
 */
final class PairStates {

    private long[] ids = new long[32];
    private RssPairState[] states = new RssPairState[32];
    private boolean[] seen = new boolean[32];
    private long[] firstSeenNs = new long[32];
    private boolean[] dangerousSinceFirstSeen = new boolean[32];
    private int n;
    private int last = -1;

    void begin() {
        Arrays.fill(seen, 0, n, false);
    }

    /** The state of {@code trackId}, created on its first sighting at {@code nowNs}. */
    RssPairState get(long trackId, long nowNs) {
        for (int i = 0; i < n; i++) {
            if (ids[i] == trackId) {
                seen[i] = true;
                last = i;
                return states[i];
            }
        }
        if (n == ids.length) {
            ids = Arrays.copyOf(ids, n * 2);
            states = Arrays.copyOf(states, n * 2);
            seen = Arrays.copyOf(seen, n * 2);
            firstSeenNs = Arrays.copyOf(firstSeenNs, n * 2);
            dangerousSinceFirstSeen = Arrays.copyOf(dangerousSinceFirstSeen, n * 2);
        }
        ids[n] = trackId;
        states[n] = new RssPairState();
        seen[n] = true;
        firstSeenNs[n] = nowNs;
        dangerousSinceFirstSeen[n] = true;
        last = n;
        return states[n++];
    }

    /**
     * After the last {@link #get}'s state was updated: how long, s, the pair has been dangerous
     * without interruption since its first sighting at {@code nowNs}; NaN if it was ever not dangerous.
     */
    double dangerousSinceFirstSeenS(long nowNs) {
        dangerousSinceFirstSeen[last] &= states[last].dangerous();
        return dangerousSinceFirstSeen[last] ? (nowNs - firstSeenNs[last]) / 1e9 : Double.NaN;
    }

    void end() {
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (seen[i]) {
                ids[kept] = ids[i];
                states[kept] = states[i];
                firstSeenNs[kept] = firstSeenNs[i];
                dangerousSinceFirstSeen[kept] = dangerousSinceFirstSeen[i];
                seen[kept] = true;
                kept++;
            }
        }
        Arrays.fill(states, kept, n, null);
        n = kept;
        last = -1;
    }

    int size() {
        return n;
    }
}
