package io.avstack.sim.run;

import io.avstack.sim.actor.ActorSpec;
import io.avstack.sim.actor.Path;
import java.util.Objects;

/** One actor of a run: its spec and the path it moves along (see {@link LanePath}). */
public record ActorSetup(ActorSpec spec, Path path) {
    public ActorSetup {
        Objects.requireNonNull(spec, "ActorSetup.spec");
        Objects.requireNonNull(path, "ActorSetup.path");
    }
}
