package io.avstack.sim.scenario;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.OptionalKey;
import io.avstack.core.config.Validated;
import io.avstack.sim.actor.ActorSpec;

/**
 * One road user of a scenario: where its path is, and the actor itself. The path is exactly one of
 * a lane's centre line ({@code laneId}, in the lane's travel direction) or a straight
 * {@link Crossing} across the road. {@code spec.startSM} and {@code spec.startOffsetM} are measured
 * along the path, as {@link ActorSpec} says: on a forward lane {@code startSM} is the road's arc
 * length, on an oncoming lane it is measured from the road's end ({@code roadLength - s}), and
 * {@code startOffsetM} is positive to the left of the actor's own travel direction; on a crossing
 * {@code startSM} is the distance from the crossing's start point.
 *
 * @param laneId   lane whose centre line the actor follows (OpenDRIVE id)
 * @param crossing a straight path across the road
 * @param spec     kind, size, start state, behaviour and scripted events
 */
public record ScenarioActor(@OptionalKey Integer laneId, @OptionalKey Crossing crossing, ActorSpec spec)
        implements Validated {

    @Override
    public void validate() {
        if ((laneId == null) == (crossing == null)) {
            throw ConfigException.invalid("", laneId == null ? "no path" : "laneId and crossing",
                    "give exactly one of 'laneId' or 'crossing: {atSM, fromSide}'");
        }
    }
}
