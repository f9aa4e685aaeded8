package io.avstack.core.track;

import java.util.Arrays;

/**
 * Each track's recent positions (one or two coordinates, e.g. map x and y, or a lateral offset),
 * newest first, and the velocity they show: the newest minus the oldest within a time window,
 * divided by the time between them. Fusion's velocity estimate of a track can be far off while its
 * positions are not; the safety checks and the planner's prediction trust a velocity only as far as
 * the observed motion confirms it.
 *
 * <p>Use per world model: {@link #beginFrame}, then {@link #record} each track, then
 * {@link #endFrame}, which drops the tracks the frame did not have (track ids are never reused).
 * Keyed by track id without boxing; owned by one thread; allocation-free once grown.
 */
public final class TrackHistory {

    private final int dims;
    private final int depth;
    private long[] ids = new long[32];
    private long[][] stamps;
    private double[][][] values;
    private int[] counts = new int[32];
    private boolean[] seen = new boolean[32];
    private int n;

    /**
     * @param dims  coordinates per sample, 1 or 2
     * @param depth samples kept per track, at least 2
     */
    public TrackHistory(int dims, int depth) {
        if (dims < 1 || dims > 2 || depth < 2) {
            throw new IllegalArgumentException("dims must be 1 or 2 and depth >= 2, were " + dims + ", " + depth);
        }
        this.dims = dims;
        this.depth = depth;
        this.stamps = new long[32][depth];
        this.values = new double[32][dims][depth];
    }

    /** Starts a frame: tracks not {@link #record recorded} until {@link #endFrame} are dropped. */
    public void beginFrame() {
        Arrays.fill(seen, 0, n, false);
    }

    /**
     * Records track {@code trackId} at {@code stampNs} (a sample with the same stamp as the newest
     * replaces it); {@code b} is ignored with one coordinate.
     *
     * @return the track's slot, for {@link #velocity}, valid until {@link #endFrame}
     */
    public int record(long trackId, long stampNs, double a, double b) {
        int k = slot(trackId);
        if (counts[k] > 0 && stamps[k][0] == stampNs) {
            set(k, a, b);
            return k;
        }
        int c = Math.min(counts[k], depth - 1);
        System.arraycopy(stamps[k], 0, stamps[k], 1, c);
        for (int d = 0; d < dims; d++) {
            System.arraycopy(values[k][d], 0, values[k][d], 1, c);
        }
        stamps[k][0] = stampNs;
        set(k, a, b);
        counts[k] = c + 1;
        return k;
    }

    /**
     * Observed velocity of coordinate {@code dim} of the track in {@code slot}: the newest sample
     * minus the oldest one {@code minWindowS}..{@code maxWindowS} older, per second; NaN without
     * such a sample.
     */
    public double velocity(int slot, int dim, double minWindowS, double maxWindowS) {
        int j = oldestWithin(slot, minWindowS, maxWindowS);
        if (j < 0) {
            return Double.NaN;
        }
        double dtS = (stamps[slot][0] - stamps[slot][j]) / 1e9;
        return (values[slot][dim][0] - values[slot][dim][j]) / dtS;
    }

    /** The time {@link #velocity} differences over for the track in {@code slot}, s; NaN without history. */
    public double windowS(int slot, double minWindowS, double maxWindowS) {
        int j = oldestWithin(slot, minWindowS, maxWindowS);
        return j < 0 ? Double.NaN : (stamps[slot][0] - stamps[slot][j]) / 1e9;
    }

    /** Drops the tracks this frame did not record, keeping the arrays' rows (swapped, not freed). */
    public void endFrame() {
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

    /** Forgets every track. */
    public void clear() {
        n = 0;
    }

    private int oldestWithin(int k, double minWindowS, double maxWindowS) {
        long now = stamps[k][0];
        for (int j = counts[k] - 1; j >= 1; j--) {
            double dt = (now - stamps[k][j]) / 1e9;
            if (dt <= maxWindowS && dt >= minWindowS) {
                return j;
            }
        }
        return -1;
    }

    private void set(int k, double a, double b) {
        values[k][0][0] = a;
        if (dims == 2) {
            values[k][1][0] = b;
        }
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
            values = Arrays.copyOf(values, size);
            for (int i = n; i < size; i++) {
                stamps[i] = new long[depth];
                values[i] = new double[dims][depth];
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
        double[][] v = values[a];
        values[a] = values[b];
        values[b] = v;
    }
}
