package io.avstack.sim.actor;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.OptionalKey;
import io.avstack.core.config.Range;
import io.avstack.core.config.Validated;
import io.avstack.core.msg.Dimensions;
import java.util.List;
import java.util.Objects;

/**
 * Everything needed to create an {@link Actor} except its path (which the scenario takes from the
 * road): the data a scenario file describes.
 *
 * @param id              stable id, reported in ground truth
 * @param kind            what it is
 * @param dims            box size, m; absent = the kind's default
 * @param startSM         arc length of the box centre on the path at the start, m
 * @param startSpeedMps   speed at the start, m/s
 * @param startOffsetM    lateral offset from the path at the start, m, positive = left
 * @param behaviour       the longitudinal behaviour from the start
 * @param events          scripted events, each fires at most once
 */
public record ActorSpec(
        @Range(min = 0, max = Long.MAX_VALUE) long id,
        ActorKind kind,
        @OptionalKey Dimensions dims,
        @Range(min = 0.0, max = 1e6) double startSM,
        @Range(min = 0.0, max = 100.0) double startSpeedMps,
        @Range(min = -50.0, max = 50.0) double startOffsetM,
        Action behaviour,
        List<ScriptedEvent> events) implements Validated {

    public ActorSpec {
        Objects.requireNonNull(kind, "ActorSpec.kind");
        Objects.requireNonNull(behaviour, "ActorSpec.behaviour");
        events = List.copyOf(Objects.requireNonNull(events, "ActorSpec.events"));
    }

    /** The box size in use: {@link #dims()} or the kind's default. */
    public Dimensions effectiveDims() {
        return dims != null ? dims : kind.defaultDims();
    }

    @Override
    public void validate() {
        if (!behaviour.isLongitudinal()) {
            throw ConfigException.invalid("behaviour", behaviour,
                    "the start behaviour must drive the speed; start a lane change with an event");
        }
    }
}
