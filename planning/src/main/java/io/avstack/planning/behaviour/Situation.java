package io.avstack.planning.behaviour;

import io.avstack.planning.predict.PredictedObjects;

/**
 * What the behaviour layer knows at the start of a cycle: the ego's lane and front position, the
 * traffic in every forward lane, the stop points ahead, and the predicted road users. Filled by
 * {@link SituationBuilder}; reused across cycles.
 */
public final class Situation {

    /** Rear-axle arc length and offset at the plan start, m. */
    public double egoSM;
    public double egoDM;
    /** Speed along the road at the plan start, m/s. */
    public double egoSpeedMps;
    /** Acceleration along the road at the plan start, m/s². */
    public double egoAccelMps2;
    /** Front bumper arc length at the plan start, m. */
    public double frontSM;
    /** The forward lane the ego is in (nearest forward lane when between or beside them). */
    public int egoLaneId;
    public final StopPoints stops = new StopPoints();
    private final LaneTraffic[] lanes;
    private final PredictedObjects objects;

    public Situation(int forwardLanes, PredictedObjects objects) {
        this.lanes = new LaneTraffic[forwardLanes];
        for (int k = 0; k < forwardLanes; k++) {
            lanes[k] = new LaneTraffic();
            lanes[k].reset(-k - 1);
        }
        this.objects = objects;
    }

    /** Traffic of forward lane {@code laneId}. */
    public LaneTraffic lane(int laneId) {
        return lanes[-laneId - 1];
    }

    public int forwardLaneCount() {
        return lanes.length;
    }

    public PredictedObjects objects() {
        return objects;
    }
}
