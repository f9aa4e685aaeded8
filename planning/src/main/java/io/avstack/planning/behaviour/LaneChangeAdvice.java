package io.avstack.planning.behaviour;

import io.avstack.core.msg.ObjectClass;

/**
 * A lane-change recommendation: the lane to move to (0 for none), the MOBIL incentive behind it,
 * why, and the road user that makes the current lane worse (kept by value, since the cycle's
 * object indices do not outlive the cycle).
 *
 * @param targetLaneId    the lane to change to, 0 for none
 * @param incentiveMps2   the MOBIL incentive (after politeness and bias), m/s²
 * @param why             what the change is for
 * @param causeTrackId    the current lane's lead, -1 if none
 * @param causeClass      its class, UNKNOWN if none
 * @param causeSpeedMps   its speed along the road, m/s
 */
public record LaneChangeAdvice(int targetLaneId, double incentiveMps2, Why why, long causeTrackId,
        ObjectClass causeClass, double causeSpeedMps) {

    /** What a lane change is for. */
    public enum Why { NONE, STOPPED_AHEAD, SLOWER_AHEAD, BACK_TO_ROUTE_LANE }

    public static final LaneChangeAdvice NONE = new LaneChangeAdvice(0, 0.0, Why.NONE, -1, ObjectClass.UNKNOWN, 0.0);

    public boolean recommends() {
        return targetLaneId != 0;
    }
}
