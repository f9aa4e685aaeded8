package io.avstack.planning.behaviour;

import java.util.Arrays;

/**
 * The points ahead the ego's front bumper must not pass this cycle, each with its kind, the lane it
 * applies to (0: every lane) and what it belongs to (a stop line id or a track id). Reused across
 * cycles.
 */
public final class StopPoints {

    private int count;
    private double[] frontLimitSM = new double[8];
    private StopKind[] kind = new StopKind[8];
    private int[] laneId = new int[8];
    private String[] lineId = new String[8];
    private long[] trackId = new long[8];
    private double[] objectSM = new double[8];

    public void clear() {
        count = 0;
    }

    /** Adds a stop point whose object (line, road user, route end) is at the limit itself; returns its index. */
    public int add(double frontLimitS, StopKind k, int lane, String line, long track) {
        return add(frontLimitS, k, lane, line, track, frontLimitS);
    }

    /**
     * Adds a stop point; returns its index.
     *
     * @param objectS where what it belongs to is (the stop line, the road user's near edge, the route's end), m
     */
    public int add(double frontLimitS, StopKind k, int lane, String line, long track, double objectS) {
        if (count == kind.length) {
            int n = 2 * count;
            frontLimitSM = Arrays.copyOf(frontLimitSM, n);
            kind = Arrays.copyOf(kind, n);
            laneId = Arrays.copyOf(laneId, n);
            lineId = Arrays.copyOf(lineId, n);
            trackId = Arrays.copyOf(trackId, n);
            objectSM = Arrays.copyOf(objectSM, n);
        }
        frontLimitSM[count] = frontLimitS;
        kind[count] = k;
        laneId[count] = lane;
        lineId[count] = line;
        trackId[count] = track;
        objectSM[count] = objectS;
        return count++;
    }

    public int count() {
        return count;
    }

    /** Arc length the front bumper must not pass, m. */
    public double frontLimitSM(int i) {
        return frontLimitSM[i];
    }

    public StopKind kind(int i) {
        return kind[i];
    }

    /** The lane it applies to, 0 for every lane. */
    public int laneId(int i) {
        return laneId[i];
    }

    /** Whether it applies to lane {@code lane}. */
    public boolean appliesTo(int i, int lane) {
        return laneId[i] == 0 || laneId[i] == lane;
    }

    /** Stop line id, or null. */
    public String lineId(int i) {
        return lineId[i];
    }

    /** Where what the point belongs to is: the stop line, the road user's near edge, the route's end, m. */
    public double objectSM(int i) {
        return objectSM[i];
    }

    /** Track id of the road user yielded to, or -1. */
    public long trackId(int i) {
        return trackId[i];
    }
}
