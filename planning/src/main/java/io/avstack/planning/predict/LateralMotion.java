package io.avstack.planning.predict;

import io.avstack.core.track.TrackHistory;

/**
 * Each track's observed lateral motion: its road-frame offsets over the last world models,
 * differenced over {@value #MIN_WINDOW_S}..{@value #MAX_WINDOW_S} s. A far radar-only track's
 * lateral velocity estimate can be several m/s off while its offset barely moves; the prediction
 * only trusts a lateral velocity its observed motion confirms (the safety layer's {@code TrackMotion}
 * does the same for its checks; both keep their histories in core's {@link TrackHistory}). A track
 * missing from a world model is dropped. Owned by one thread; allocation-free once grown.
 */
final class LateralMotion {

    /** World models kept per track (0.7 s at 10 Hz). */
    static final int DEPTH = 8;
    /** The observed velocity needs offsets at least this far apart in time, s. */
    static final double MIN_WINDOW_S = 0.25;
    /** ... and uses the oldest offset at most this old, s. */
    static final double MAX_WINDOW_S = 0.6;

    private final TrackHistory history = new TrackHistory(1, DEPTH);
    private double windowS = Double.NaN;

    /** Starts a world model: tracks not {@link #observe observed} until {@link #endWorld} are dropped. */
    void beginWorld() {
        history.beginFrame();
    }

    /**
     * Records track {@code trackId} at offset {@code dM} at {@code stampNs} and returns its observed
     * lateral velocity, m/s; NaN without enough history.
     */
    double observe(long trackId, long stampNs, double dM) {
        int k = history.record(trackId, stampNs, dM, 0.0);
        windowS = history.windowS(k, MIN_WINDOW_S, MAX_WINDOW_S);
        return history.velocity(k, 0, MIN_WINDOW_S, MAX_WINDOW_S);
    }

    /** The time the last {@link #observe} differenced over, s; NaN when it had no history. */
    double windowS() {
        return windowS;
    }

    /** Drops the tracks this world model did not have. */
    void endWorld() {
        history.endFrame();
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
}
