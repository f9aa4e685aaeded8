package io.avstack.safety.geom;

import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.WorldModel;
import java.util.Arrays;
import java.util.List;

/**
 * Each track's observed motion: its map-frame positions over the last world models, differenced
 * over {@value #MIN_WINDOW_S}..{@value #MAX_WINDOW_S} s. Fusion's velocity estimate of a track can
 * be far off while its position is not (a radar-only track's azimuth noise, a box that grows from
 * a truck's front to its whole length); the checks only trust a lateral velocity that the
 * observed motion confirms. Keyed by track id without boxing; a track missing from a world model
 * is dropped (ids are never reused). Owned by one thread; allocation-free once grown.
 */
public final class TrackMotion {

    /** World models kept per track (0.7 s at 10 Hz). */
    static final int DEPTH = 8;
    /** The observed velocity needs positions at least this far apart in time, s. */
    public static final double MIN_WINDOW_S = 0.25;
    /** ... and uses the oldest position at most this old, s. */
    public static final double MAX_WINDOW_S = 0.6;

    private long[] ids = new long[32];
    private long[][] stamps = new long[32][DEPTH];
    private double[][] xs = new double[32][DEPTH];
    private double[][] ys = new double[32][DEPTH];
    private int[] counts = new int[32];
    private boolean[] seen = new boolean[32];
    private int n;
    /** Per object of the last world model, in its order: observed velocity, NaN when not enough history. */
    private double[] vx = new double[32];
    private double[] vy = new double[32];
    private WorldModel last;

    /** Records {@code wm} once (a world model already recorded is ignored) and derives each object's observed velocity. */
    public void record(WorldModel wm) {
        if (wm == last) {
            return;
        }
        last = wm;
        Arrays.fill(seen, 0, n, false);
        List<TrackedObject> objects = wm.objects();
        if (vx.length < objects.size()) {
            vx = new double[objects.size() * 2];
            vy = new double[objects.size() * 2];
        }
        long stamp = wm.header().stampNs();
        for (int i = 0; i < objects.size(); i++) {
            TrackedObject o = objects.get(i);
            int k = slot(o.trackId());
            push(k, stamp, o.xM(), o.yM());
            observe(k, i);
        }
        compact();
    }

    /** Observed velocity along map x of object {@code i} of the last recorded world model, m/s; NaN without enough history. */
    public double vxMps(int i) {
        return vx[i];
    }

    /** Observed velocity along map y of object {@code i}, m/s; NaN without enough history. */
    public double vyMps(int i) {
        return vy[i];
    }

    /** Forgets every track (the world model became unusable). */
    public void clear() {
        n = 0;
        last = null;
    }

    private void observe(int k, int i) {
        vx[i] = Double.NaN;
        vy[i] = Double.NaN;
        int c = counts[k];
        long now = stamps[k][0];
        for (int j = c - 1; j >= 1; j--) {
            double dt = (now - stamps[k][j]) / 1e9;
            if (dt <= MAX_WINDOW_S && dt >= MIN_WINDOW_S) {
                vx[i] = (xs[k][0] - xs[k][j]) / dt;
                vy[i] = (ys[k][0] - ys[k][j]) / dt;
                return;
            }
        }
    }

    private void push(int k, long stamp, double x, double y) {
        if (counts[k] > 0 && stamps[k][0] == stamp) {
            xs[k][0] = x;
            ys[k][0] = y;
            return;
        }
        int c = Math.min(counts[k], DEPTH - 1);
        System.arraycopy(stamps[k], 0, stamps[k], 1, c);
        System.arraycopy(xs[k], 0, xs[k], 1, c);
        System.arraycopy(ys[k], 0, ys[k], 1, c);
        stamps[k][0] = stamp;
        xs[k][0] = x;
        ys[k][0] = y;
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
            xs = Arrays.copyOf(xs, size);
            ys = Arrays.copyOf(ys, size);
            for (int i = n; i < size; i++) {
                stamps[i] = new long[DEPTH];
                xs[i] = new double[DEPTH];
                ys[i] = new double[DEPTH];
            }
        }
        ids[n] = trackId;
        counts[n] = 0;
        seen[n] = true;
        return n++;
    }

    /** Drops the tracks the last world model did not have, keeping the arrays' rows (swapped, not freed). */
    private void compact() {
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
        double[] x = xs[a];
        xs[a] = xs[b];
        xs[b] = x;
        double[] y = ys[a];
        ys[a] = ys[b];
        ys[b] = y;
    }
}
