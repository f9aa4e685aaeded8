package io.avstack.planning.behaviour;

/**
 * What the behaviour machine decides on, gathered by the planner each cycle.
 *
 * @param nowNs              cycle time, ns
 * @param speedMps           ego speed, m/s
 * @param egoLaneId          the forward lane the ego is in
 * @param egoDM              ego lateral offset (rear axle), m
 * @param binding            what binds the longitudinal law in the lane the ego is heading for
 * @param bindingAccelMps2   the acceleration it asks for, m/s²
 * @param cause              what would stop the ego: the binding lead or stop point (null when free)
 * @param causeStillBlocks   whether the cause recorded when the ego stopped still blocks it
 * @param advice             the lane-change advice
 * @param targetLaneSafe     whether the current lane change's target lane is still safe
 * @param targetCentreDM     centre of the current target lane, m (NaN outside a lane change)
 * @param originCentreDM     centre of the current origin lane, m (NaN outside a lane change)
 */
public record MachineInput(long nowNs, double speedMps, int egoLaneId, double egoDM, Binding binding,
        double bindingAccelMps2, StopCause cause, boolean causeStillBlocks, LaneChangeAdvice advice,
        boolean targetLaneSafe, double targetCentreDM, double originCentreDM) {
}
