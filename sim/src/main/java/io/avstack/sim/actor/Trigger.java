package io.avstack.sim.actor;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.avstack.core.config.Range;

/**
 * When a {@link ScriptedEvent} fires: evaluated at the start of every step with the injected sim
 * time and the actor's {@link Surroundings}; the event fires at the first step where it holds, and
 * only then.
 *
 * <p>In YAML a trigger names its kind in {@code type}, e.g. {@code {type: egoGapBelow, gapM: 30}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Trigger.AtTime.class, name = "atTime"),
    @JsonSubTypes.Type(value = Trigger.EgoGapBelow.class, name = "egoGapBelow"),
    @JsonSubTypes.Type(value = Trigger.TimeToCollisionBelow.class, name = "timeToCollisionBelow")
})
public sealed interface Trigger {

    /** Whether the trigger condition holds at sim time {@code nowNs}. Allocation-free. */
    boolean holds(long nowNs, Surroundings surroundings);

    /** Holds from sim time {@code timeS} on. */
    record AtTime(@Range(min = 0.0, max = 1e6) double timeS) implements Trigger {
        @Override
        public boolean holds(long nowNs, Surroundings surroundings) {
            return nowNs >= Math.round(timeS * 1e9);
        }
    }

    /** Holds once the gap to the ego is at most {@code gapM}. */
    record EgoGapBelow(@Range(min = 0.0, max = 1e4) double gapM) implements Trigger {
        @Override
        public boolean holds(long nowNs, Surroundings surroundings) {
            return surroundings.egoGapM() <= gapM;
        }
    }

    /** Holds once the time to collision with the ego is at most {@code ttcS}. */
    record TimeToCollisionBelow(@Range(min = 0.0, max = 100.0) double ttcS) implements Trigger {
        @Override
        public boolean holds(long nowNs, Surroundings surroundings) {
            return surroundings.egoTimeToCollisionS() <= ttcS;
        }
    }
}
