package io.avstack.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.config.ConfigException;
import io.avstack.sim.actor.ActorKind;
import io.avstack.core.map.RoadConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScenarioLoaderTest {

    static final Path RESOURCES = Path.of("src", "test", "resources", "scenario");
    private static final Path DEMO = RESOURCES.resolve("sweep-demo.yaml");

    @Test
    void sweepIsTheCartesianProductWithTheFirstParameterVaryingSlowest() {
        List<ScenarioRun> runs = ScenarioLoader.load(DEMO);

        assertThat(runs).hasSize(18);
        assertThat(runs).extracting(ScenarioRun::name).startsWith(
                "demo[speedKph=10,gapM=0.1,side=NEAR]",
                "demo[speedKph=10,gapM=0.1,side=FAR]",
                "demo[speedKph=10,gapM=0.2,side=NEAR]",
                "demo[speedKph=10,gapM=0.2,side=FAR]",
                "demo[speedKph=10,gapM=0.3,side=NEAR]",
                "demo[speedKph=10,gapM=0.3,side=FAR]",
                "demo[speedKph=20,gapM=0.1,side=NEAR]");
        assertThat(runs.get(17).name()).isEqualTo("demo[speedKph=30,gapM=0.3,side=FAR]");
    }

    @Test
    void loadingTwiceGivesEqualRunsInTheSameOrder() {
        assertThat(ScenarioLoader.load(DEMO)).isEqualTo(ScenarioLoader.load(DEMO));
    }

    @Test
    void decimalRangeStepsHaveNoFloatingPointNoise() {
        List<ScenarioRun> runs = ScenarioLoader.load(DEMO);

        assertThat(runs).extracting(r -> r.parameters().get("gapM")).containsOnly("0.1", "0.2", "0.3");
        assertThat(runs.get(4).spec().faults()).containsExactly("dropout:lidar_top@0.3-2");
    }

    @Test
    void runParametersListEveryParameterInDeclarationOrder() {
        ScenarioRun run = ScenarioLoader.load(DEMO).get(3);

        assertThat(run.parameters()).containsExactly(Map.entry("speedKph", "10"), Map.entry("gapM", "0.2"),
                Map.entry("side", "FAR"), Map.entry("lane", "-2"), Map.entry("seedless", "1.5"));
    }

    @Test
    void substitutesNumbersStringsAndArithmetic() {
        ScenarioRun run = ScenarioLoader.load(DEMO).get(3); // speedKph=10, gapM=0.2, side=FAR
        ScenarioSpec spec = run.spec();

        assertThat(spec.description()).isEqualTo("ego at 10 km/h, side FAR");
        assertThat(spec.ego().laneId()).isEqualTo(-2);
        assertThat(spec.ego().startSM()).isEqualTo(41.0);
        assertThat(spec.ego().startSpeedMps()).isCloseTo(10 / 3.6, within(1e-12));
        assertThat(spec.ego().targetSpeedMps()).isCloseTo(10 / 3.6 + 0.2, within(1e-12));
        assertThat(spec.durationS()).isEqualTo(15.0);
        ScenarioActor pedestrian = spec.actors().get(0);
        assertThat(pedestrian.crossing()).isEqualTo(new Crossing(100.2, Crossing.Side.FAR, null));
        assertThat(pedestrian.crossing().kerbOffsetM()).isEqualTo(Crossing.DEFAULT_KERB_OFFSET_M);
        assertThat(pedestrian.spec().kind()).isEqualTo(ActorKind.PEDESTRIAN);
    }

    @Test
    void roadFileIsReadRelativeToTheScenarioFile() {
        RoadConfig road = ScenarioLoader.load(DEMO).get(0).spec().road();

        assertThat(road.lengthM()).isEqualTo(400.0);
        assertThat(road.lanes().forward()).containsExactly(3.5, 3.5);
    }

    @Test
    void roadFileMayBeAParameter() {
        List<ScenarioRun> runs = ScenarioLoader.load(RESOURCES.resolve("param-road").resolve("road-sweep.yaml"));

        assertThat(runs).extracting(ScenarioRun::name).containsExactly(
                "road-sweep[roadName=short]", "road-sweep[roadName=long]");
        assertThat(runs).extracting(r -> r.spec().roadFile()).containsExactly(
                "../roads/short.yaml", "../roads/long.yaml");
        assertThat(runs).extracting(r -> r.spec().road().lengthM()).containsExactly(400.0, 900.0);
    }

    @Test
    void inlineRoadAndFileSeedWithoutSweepGiveOneRunNamedAsTheScenario() {
        List<ScenarioRun> runs = ScenarioLoader.load(RESOURCES.resolve("inline-road.yaml"));

        assertThat(runs).hasSize(1);
        ScenarioRun run = runs.get(0);
        assertThat(run.name()).isEqualTo("inline");
        assertThat(run.seed()).isEqualTo(42L);
        assertThat(run.parameters()).isEmpty();
        assertThat(run.spec().roadFile()).isNull();
        assertThat(run.spec().road().lengthM()).isEqualTo(300.0);
        assertThat(run.spec().actors()).isEmpty();
        assertThat(run.spec().faults()).isEmpty();
        assertThat(run.spec().passCriteria()).isEqualTo(PassCriteria.NONE);
        assertThat(run.spec().description()).isEmpty();
    }

    @Test
    void defaultSeedIsOneWhenTheFileGivesNone() {
        assertThat(ScenarioLoader.load(DEMO)).extracting(ScenarioRun::seed).containsOnly(ScenarioSpec.DEFAULT_SEED);
    }

    @Test
    void seedOverrideAppliesToEveryRun() {
        assertThat(ScenarioLoader.load(DEMO, Map.of(), 99L)).extracting(ScenarioRun::seed).containsOnly(99L);
    }

    @Test
    void overriddenParameterIsNoLongerSwept() {
        List<ScenarioRun> runs = ScenarioLoader.load(DEMO, Map.of("speedKph", "72.0", "side", "FAR"), null);

        assertThat(runs).extracting(ScenarioRun::name).containsExactly(
                "demo[gapM=0.1]", "demo[gapM=0.2]", "demo[gapM=0.3]");
        assertThat(runs.get(0).parameters()).containsEntry("speedKph", "72").containsEntry("side", "FAR");
        assertThat(runs.get(0).spec().ego().startSpeedMps()).isCloseTo(20.0, within(1e-12));
    }

    @Test
    void overridingAnUnsweptParameterKeepsTheSweep() {
        List<ScenarioRun> runs = ScenarioLoader.load(DEMO, Map.of("lane", "-1"), null);

        assertThat(runs).hasSize(18);
        assertThat(runs).extracting(r -> r.spec().ego().laneId()).containsOnly(-1);
    }

    @Test
    void overrideOfAnUndeclaredParameterFailsNamingFileAndKey() {
        assertThatThrownBy(() -> ScenarioLoader.load(DEMO, Map.of("speedKmh", "50"), null))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.file()).isEqualTo(DEMO.toString());
                    assertThat(e.keyPath()).isEqualTo("parameters.speedKmh");
                    assertThat(e.getMessage()).contains("undeclared parameter").contains("speedKph");
                });
    }

    @Test
    void overrideMustKeepTheDefaultsType() {
        assertThatThrownBy(() -> ScenarioLoader.load(DEMO, Map.of("speedKph", "fast"), null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("parameters.speedKph = \"fast\"")
                .hasMessageContaining("a number");
        assertThatThrownBy(() -> ScenarioLoader.load(DEMO, Map.of("side", "a: b"), null))
                .isInstanceOf(ConfigException.class).hasMessageContaining("parameters.side");
    }

    @Test
    void loadAllReadsTheFolderInFileNameOrderWithoutSubfolders() {
        List<ScenarioRun> runs = ScenarioLoader.loadAll(RESOURCES);

        assertThat(runs).extracting(r -> r.spec().name()).containsOnly("inline", "demo");
        assertThat(runs.get(0).name()).isEqualTo("inline");
        assertThat(runs).hasSize(19);
    }
}
