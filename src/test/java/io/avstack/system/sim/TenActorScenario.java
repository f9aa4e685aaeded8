package io.avstack.system.sim;

import io.avstack.sim.run.ScenarioSetups;
import io.avstack.sim.run.SimSetup;
import io.avstack.sim.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.Map;

/**
 * The catalogue's {@code bench-ten-actors} scenario (the one {@code avstack bench sim} measures):
 * ten actors on the rural two-way road, for determinism and realtime-factor tests.
 */
final class TenActorScenario {

    static final Path FILE = Path.of("..", "scenarios", "bench-ten-actors.yaml");

    private TenActorScenario() {
    }

    static SimSetup setup(long seed) {
        return setup(seed, 60);
    }

    static SimSetup setup(long seed, double durationS) {
        return ScenarioSetups.of(ScenarioLoader.load(FILE, Map.of("durationS", Double.toString(durationS)), seed).get(0));
    }
}
