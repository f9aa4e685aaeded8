package io.avstack.system.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.RunMetrics;
import io.avstack.sim.run.ScenarioSetups;
import io.avstack.sim.run.Verdict;
import io.avstack.sim.scenario.ScenarioLoader;
import io.avstack.sim.scenario.ScenarioRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Catalogue scenarios the built-in controller must pass (one run each, ground truth only): a
 * stationary car, a light turning red, a pedestrian stepping out, a far cut-in, stop-and-go.
 */
class CatalogueScenariosTest {

    private static RunMetrics runOnly(String file, Map<String, String> params) {
        List<ScenarioRun> runs = ScenarioLoader.load(Path.of("..", "scenarios", file), params, null);
        assertThat(runs).hasSize(1);
        return LockstepRunner.builder(ScenarioSetups.of(runs.get(0))).build().run();
    }

    private static void assertPasses(RunMetrics m) {
        assertThat(m.verdict()).as(m.summaryLine()).isEqualTo(Verdict.PASS);
        assertThat(m.collision()).isFalse();
    }

    @Test
    void stationaryCarAtFiftyKph() {
        assertPasses(runOnly("ccrs.yaml", Map.of("egoSpeedKph", "50", "overlapPct", "50")));
    }

    @Test
    void lightTurningRedIsObeyed() {
        RunMetrics m = runOnly("traffic-light-turns-red.yaml", Map.of("yellowAtS", "9"));
        assertPasses(m);
        assertThat(m.redLightViolations()).isZero();
    }

    @Test
    void pedestrianSteppingOutOnTheNearSide() {
        assertPasses(runOnly("pedestrian-near-side.yaml", Map.of("egoSpeedKph", "40", "impactPct", "75")));
    }

    @Test
    void farCutInWithComfortableBraking() {
        RunMetrics m = runOnly("cut-in-far.yaml", Map.of());
        assertPasses(m);
        assertThat(m.maxDecelMps2()).isLessThan(3.0);
    }

    @Test
    void stopAndGoQueue() {
        List<ScenarioRun> runs = ScenarioLoader.load(Path.of("..", "scenarios", "stop-and-go-queue.yaml"));
        for (ScenarioRun run : runs) {
            assertPasses(LockstepRunner.builder(ScenarioSetups.of(run)).build().run());
        }
    }

    /**
     * Every run of every catalogue file loads, runs to its end and produces sane metrics. The built-in
     * controller is a stand-in for the stack, so not every verdict is asserted; the pass rate is
     * printed and must not fall below 90 %.
     */
    @Test
    void everyCatalogueRunRunsToCompletion() {
        List<ScenarioRun> runs = ScenarioLoader.loadAll(Path.of("..", "scenarios"));
        assertThat(runs).hasSizeGreaterThanOrEqualTo(75);
        int passed = 0;
        StringBuilder failures = new StringBuilder();
        for (ScenarioRun run : runs) {
            RunMetrics m = LockstepRunner.builder(ScenarioSetups.of(run)).build().run();
            assertThat(m.simTimeS()).as(run.name()).isPositive();
            assertThat(m.routeCompletion()).as(run.name()).isBetween(0.0, 1.0);
            if (m.verdict() == Verdict.PASS) {
                passed++;
            } else {
                failures.append(System.lineSeparator()).append("  ").append(m.summaryLine());
            }
        }
        System.out.printf("catalogue: %d of %d runs pass with the built-in controller%s%n", passed, runs.size(), failures);
        assertThat(passed).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * runs.size()));
    }
}
