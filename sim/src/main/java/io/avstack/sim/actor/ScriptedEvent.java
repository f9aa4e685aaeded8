package io.avstack.sim.actor;

import java.util.Objects;

/** One scripted step of an actor's behaviour: {@code action} starts when {@code trigger} first holds. */
public record ScriptedEvent(Trigger trigger, Action action) {
    public ScriptedEvent {
        Objects.requireNonNull(trigger, "ScriptedEvent.trigger");
        Objects.requireNonNull(action, "ScriptedEvent.action");
    }
}
