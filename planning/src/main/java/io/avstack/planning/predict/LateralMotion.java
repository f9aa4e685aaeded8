package io.avstack.planning.predict;

import java.util.Arrays;

/**
 * Each track's observed lateral motion: its road-frame offsets over the last world models,
 * differenced over {@value #MIN_WINDOW_S}..{@value #MAX_WINDOW_S} s. A far radar-only track's
 * lateral velocity estimate can be several m/s off while its offset barely moves; the prediction
 * only trusts a lateral velocity its observed motion confirms (the safety layer's {@code TrackMotion}
 * does the same for its checks; planning may not depend on safety). Keyed by track id without
 * boxing; a track missing from a world model is dropped. Owned by one thread; allocation-free once
 * grown.
 */
final class LateralMotion {

    /** World models kept per track (0.7 s at 10 Hz). */
    static final int DEPTH = 8;
    /** The observed velocity needs offsets at least this far apart in time, s. */
    static final double MIN_WINDOW_S = 0.25;
    /** ... and uses the oldest offset at most this old, s. */
    static final double MAX_WINDOW_S = 0.6;

    private long[] ids = new long[32];
    private long[][] stamps = new long[32][DEPTH];
    private double[][] ds = new double[32][DEPTH];
    private int[] counts = new int[32];
    private boolean[] seen = new boolean[32];
    private int n;
    private double windowS = Double.NaN;

    /** Starts a world model: tracks not {@link #observe observed} until {@link #endWorld} are dropped. */
    void beginWorld() {
        Arrays.fill(seen, 0, n, false);
    }

    /**
     * Records track {@code trackId} at offset {@code dM} at {@code stampNs} and returns its observed
     * lateral velocity, m/s; NaN without enough history.
     */
    double observe(long trackId, long stampNs, double dM) {
        int k = slot(trackId);
        push(k, stampNs, dM);
        int c = counts[k];
        windowS = Double.NaN;
        for (int j = c - 1; j >= 1; j--) {
            double dt = (stampNs - stamps[k][j]) / 1e9;
            if (dt <= MAX_WINDOW_S && dt >= MIN_WINDOW_S) {
                windowS = dt;
                return (ds[k][0] - ds[k][j]) / dt;
            }
        }
        return Double.NaN;
    }

    /** The time the last {@link #observe} differenced over, s; NaN when it had no history. */
    double windowS() {
        return windowS;
    }

    /** Drops the tracks this world model did not have. */
    void endWorld() {
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (seen[i]) {
                if (kept != i) {
                    swap(kept, i);
                }
                kept++;
            }
        }
        n = kept;
    }

    /**
     * The lateral velocity to predict with: the estimate {@code vdMps} as far as the observed motion
     * {@code observedMps} confirms it (the smaller of the two when they agree in direction, 0 when
     * they disagree); without history, the estimate less one standard deviation {@code sigmaMps}.
     */
    static double confirmed(double vdMps, double observedMps, double sigmaMps) {
        if (Double.isNaN(observedMps)) {
            return Math.signum(vdMps) * Math.max(0.0, Math.abs(vdMps) - sigmaMps);
        }
        if (observedMps * vdMps <= 0) {
            return 0.0;
        }
        return Math.signum(vdMps) * Math.min(Math.abs(vdMps), Math.abs(observedMps));
    }

    private void push(int k, long stamp, double d) {
        if (counts[k] > 0 && stamps[k][0] == stamp) {
            ds[k][0] = d;
            return;
        }
        int c = Math.min(counts[k], DEPTH - 1);
        System.arraycopy(stamps[k], 0, stamps[k], 1, c);
        System.arraycopy(ds[k], 0, ds[k], 1, c);
        stamps[k][0] = stamp;
        ds[k][0] = d;
        counts[k] = c + 1;
    }

    private int slot(long trackId) {
        for (int i = 0; i < n; i++) {
            if (ids[i] == trackId) {
                seen[i] = true;
                return i;
            }
        }
        if (n == ids.length) {
            int size = n * 2;
            ids = Arrays.copyOf(ids, size);
            counts = Arrays.copyOf(counts, size);
            seen = Arrays.copyOf(seen, size);
            stamps = Arrays.copyOf(stamps, size);
            ds = Arrays.copyOf(ds, size);
            for (int i = n; i < size; i++) {
                stamps[i] = new long[DEPTH];
                ds[i] = new double[DEPTH];
            }
        }
        ids[n] = trackId;
        counts[n] = 0;
        seen[n] = true;
        return n++;
    }

    private void swap(int a, int b) {
        long id = ids[a];
        ids[a] = ids[b];
        ids[b] = id;
        int c = counts[a];
        counts[a] = counts[b];
        counts[b] = c;
        boolean s = seen[a];
        seen[a] = seen[b];
        seen[b] = s;
        long[] st = stamps[a];
        stamps[a] = stamps[b];
        stamps[b] = st;
        double[] d = ds[a];
        ds[a] = ds[b];
        ds[b] = d;
    }
}
