package io.avstack.safety.geom;

import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.WorldModel;
import io.avstack.core.track.TrackHistory;
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

    private final TrackHistory history = new TrackHistory(2, DEPTH);
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
        List<TrackedObject> objects = wm.objects();
        if (vx.length < objects.size()) {
            vx = new double[objects.size() * 2];
            vy = new double[objects.size() * 2];
        }
        long stamp = wm.header().stampNs();
        history.beginFrame();
        for (int i = 0; i < objects.size(); i++) {
            TrackedObject o = objects.get(i);
            int k = history.record(o.trackId(), stamp, o.xM(), o.yM());
            vx[i] = history.velocity(k, 0, MIN_WINDOW_S, MAX_WINDOW_S);
            vy[i] = history.velocity(k, 1, MIN_WINDOW_S, MAX_WINDOW_S);
        }
        history.endFrame();
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
        history.clear();
        last = null;
    }
}
