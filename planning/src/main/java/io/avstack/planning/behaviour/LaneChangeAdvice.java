package io.avstack.planning.behaviour;

/**
 * A lane-change recommendation: the lane to move to (0 for none), the MOBIL incentive behind it,
 * and why.
 *
 * @param targetLaneId    the lane to change to, 0 for none
 * @param incentiveMps2   the MOBIL incentive (after politeness and bias), m/s²
 * @param why             what the change is for
 * @param causeIndex      the predicted object that makes the current lane worse, -1 if none
 */
public record LaneChangeAdvice(int targetLaneId, double incentiveMps2, Why why, int causeIndex) {

    /** What a lane change is for. */
    public enum Why { NONE, STOPPED_AHEAD, SLOWER_AHEAD, BACK_TO_ROUTE_LANE }

    public static final LaneChangeAdvice NONE = new LaneChangeAdvice(0, 0.0, Why.NONE, -1);

    public boolean recommends() {
        return targetLaneId != 0;
    }
}
