package io.avstack.core.rss;

/**
 * The RSS state of one pair of cars over time (the ego and one tracked object): whether their
 * situation is dangerous now and, from the distances just before the blame time (the start of the
 * current dangerous interval), which {@link RssResponse} is proper. Feed it once per cycle with
 * that cycle's safety of each distance. Mutable, allocation-free, owned by one thread.
 */
public final class RssPairState {

    private boolean seen;
    private boolean lastLongitudinallySafe;
    private boolean lastLaterallySafe;
    private boolean dangerous;
    private RssResponse response = RssResponse.NONE;

    /**
     * Records this cycle's distances. When the situation turns dangerous, the distances of the
     * previous cycle decide the response; a pair first seen already dangerous has no known history
     * and gets {@link RssResponse#BOTH}.
     */
    public void update(boolean longitudinallySafe, boolean laterallySafe) {
        boolean nowDangerous = Rss.dangerous(longitudinallySafe, laterallySafe);
        if (nowDangerous && !dangerous) {
            response = seen ? responseFor(lastLongitudinallySafe, lastLaterallySafe) : RssResponse.BOTH;
        } else if (!nowDangerous) {
            response = RssResponse.NONE;
        }
        dangerous = nowDangerous;
        lastLongitudinallySafe = longitudinallySafe;
        lastLaterallySafe = laterallySafe;
        seen = true;
    }

    /** Whether the last {@link #update} found the situation dangerous. */
    public boolean dangerous() {
        return dangerous;
    }

    /** The proper response owed now; {@link RssResponse#NONE} unless {@link #dangerous()}. */
    public RssResponse response() {
        return response;
    }

    /** Forgets the history, as for a pair never seen. */
    public void reset() {
        seen = false;
        dangerous = false;
        response = RssResponse.NONE;
    }

    private static RssResponse responseFor(boolean longitudinallySafeBefore, boolean laterallySafeBefore) {
        if (longitudinallySafeBefore && laterallySafeBefore) {
            return RssResponse.BOTH;
        }
        return longitudinallySafeBefore ? RssResponse.LONGITUDINAL : RssResponse.LATERAL;
    }
}
