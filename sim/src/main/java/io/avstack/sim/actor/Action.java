package io.avstack.sim.actor;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.avstack.core.config.Range;

/**
 * What an actor does. Longitudinal actions replace the actor's current longitudinal behaviour
 * when they start; {@link ChangeLane} starts a lateral manoeuvre and leaves the longitudinal
 * behaviour alone. The scenario vocabulary maps onto these: "stop" is {@link Brake}, "start
 * moving", "start crossing" and "walk along" are {@link AccelerateTo} (or {@link SetSpeed} for a
 * pedestrian's step off the kerb) on a path across or along the road, "cut in" is
 * {@link ChangeLane} triggered by the gap or time to collision to the ego.
 *
 * <p>In YAML an action names its kind in {@code type}, e.g. {@code {type: brake, decelMps2: 6.0}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Action.HoldSpeed.class, name = "holdSpeed"),
    @JsonSubTypes.Type(value = Action.FollowLead.class, name = "followLead"),
    @JsonSubTypes.Type(value = Action.Brake.class, name = "brake"),
    @JsonSubTypes.Type(value = Action.AccelerateTo.class, name = "accelerateTo"),
    @JsonSubTypes.Type(value = Action.SetSpeed.class, name = "setSpeed"),
    @JsonSubTypes.Type(value = Action.ChangeLane.class, name = "changeLane")
})
public sealed interface Action {

    /** Whether this action drives the speed (as opposed to the lateral offset). */
    default boolean isLongitudinal() {
        return true;
    }

    /** Keep the current speed. */
    record HoldSpeed() implements Action {
    }

    /** Follow the lead on the own path with the Intelligent Driver Model. */
    record FollowLead(IdmParams idm) implements Action {
        public FollowLead {
            java.util.Objects.requireNonNull(idm, "FollowLead.idm");
        }
    }

    /** Brake at {@code decelMps2} (positive) until standstill, then stay stopped. */
    record Brake(@Range(min = 0.01, max = 15.0) double decelMps2) implements Action {
    }

    /** Change speed at {@code accelMps2} (positive, used for speeding up and slowing down) to {@code speedMps}, then hold it. */
    record AccelerateTo(@Range(min = 0.0, max = 100.0) double speedMps,
                        @Range(min = 0.01, max = 15.0) double accelMps2) implements Action {
    }

    /** Take {@code speedMps} at once (a pedestrian starting or stopping), then hold it. */
    record SetSpeed(@Range(min = 0.0, max = 100.0) double speedMps) implements Action {
    }

    /**
     * Move the lateral offset from its current value to {@code targetOffsetM} (positive = left of
     * the path) over {@code durationS} along {@link LateralProfile}.
     */
    record ChangeLane(@Range(min = -50.0, max = 50.0) double targetOffsetM,
                      @Range(min = 0.1, max = 60.0) double durationS) implements Action {
        @Override
        public boolean isLongitudinal() {
            return false;
        }
    }
}
