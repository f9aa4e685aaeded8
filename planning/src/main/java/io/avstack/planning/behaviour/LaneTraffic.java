package io.avstack.planning.behaviour;

/**
 * The nearest road users ahead of and behind the ego in one lane, as indices into the cycle's
 * {@code PredictedObjects} (-1 for none), with bumper-to-bumper gaps at the start of the cycle.
 */
public final class LaneTraffic {

    public int laneId;
    public int lead = -1;
    /** The lead is not in the lane yet but predicted to enter it. */
    public boolean leadCutsIn;
    public double leadGapM = Double.POSITIVE_INFINITY;
    public int follower = -1;
    public double followerGapM = Double.POSITIVE_INFINITY;

    void reset(int lane) {
        laneId = lane;
        lead = -1;
        leadCutsIn = false;
        leadGapM = Double.POSITIVE_INFINITY;
        follower = -1;
        followerGapM = Double.POSITIVE_INFINITY;
    }
}
