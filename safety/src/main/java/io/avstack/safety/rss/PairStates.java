package io.avstack.safety.rss;

import io.avstack.core.rss.RssPairState;
import java.util.Arrays;

/**
 * The {@link RssPairState} of the ego with each track, keyed by track id without boxing: a cycle
 * {@link #begin}s, {@link #get}s the state of every track it sees, and {@link #end}s, which drops the
 * tracks not seen (a track id is never reused, so a lost track's history is never needed again).
 */
final class PairStates {

    private long[] ids = new long[32];
    private RssPairState[] states = new RssPairState[32];
    private boolean[] seen = new boolean[32];
    private int n;

    void begin() {
        Arrays.fill(seen, 0, n, false);
    }

    /** The state of {@code trackId}, created on its first sighting. */
    RssPairState get(long trackId) {
        for (int i = 0; i < n; i++) {
            if (ids[i] == trackId) {
                seen[i] = true;
                return states[i];
            }
        }
        if (n == ids.length) {
            ids = Arrays.copyOf(ids, n * 2);
            states = Arrays.copyOf(states, n * 2);
            seen = Arrays.copyOf(seen, n * 2);
        }
        ids[n] = trackId;
        states[n] = new RssPairState();
        seen[n] = true;
        return states[n++];
    }

    void end() {
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (seen[i]) {
                ids[kept] = ids[i];
                states[kept] = states[i];
                seen[kept] = true;
                kept++;
            }
        }
        Arrays.fill(states, kept, n, null);
        n = kept;
    }

    int size() {
        return n;
    }
}
