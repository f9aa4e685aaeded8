package io.avstack.planning;

import io.avstack.core.msg.PlanStatus;
import io.avstack.core.msg.Trajectory;
import io.avstack.planning.behaviour.BehaviourState;
import io.avstack.planning.trajectory.Fallback;

/**
 * What one planning cycle produced.
 *
 * @param trajectory  the plan (frame "map", stamped with the cycle time)
 * @param status      the explanation published with it
 * @param state       the behaviour state after this cycle
 * @param fallback    which fallback was planned, NONE when a candidate was feasible
 * @param candidates  candidates built
 * @param checked     candidates checked against the constraints before one passed
 */
public record PlanOutput(Trajectory trajectory, PlanStatus status, BehaviourState state, Fallback fallback,
        int candidates, int checked) {
}
