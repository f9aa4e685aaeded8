package io.avstack.sim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every file of the catalogue in the top-level scenarios/ folder loads and expands as documented. */
class CatalogueTest {

    /** Tests run in the sim module's folder; the catalogue is beside it. */
    static final Path CATALOGUE = Path.of("..", "scenarios");

    /** Runs per file: the product of the sweep sizes, 1 without a sweep. */
    private static final Map<String, Integer> EXPECTED_RUNS = expectedRuns();

    private static Map<String, Integer> expectedRuns() {
        Map<String, Integer> runs = new LinkedHashMap<>();
        runs.put("acc-follow-lead.yaml", 1);
        runs.put("bench-ten-actors.yaml", 1);
        runs.put("ccrb.yaml", 4);                       // 2 decelerations x 2 gaps
        runs.put("ccrm.yaml", 6);                       // 30..80 km/h
        runs.put("ccrs.yaml", 15);                      // 10..50 km/h x 3 overlaps
        runs.put("curve-lane-keeping.yaml", 4);
        runs.put("curve-s-bend.yaml", 1);
        runs.put("cut-in-close.yaml", 1);
        runs.put("cut-in-far.yaml", 1);
        runs.put("cut-out-stopped-car.yaml", 1);
        runs.put("cyclist-crossing-near-side.yaml", 4);
        runs.put("cyclist-start-near-side.yaml", 4);
        runs.put("fault-lidar-dropout-ccrs.yaml", 1);
        runs.put("fault-sensor-latency-cut-in.yaml", 1);
        runs.put("highway-cruise.yaml", 1);
        runs.put("oncoming-lane-intrusion.yaml", 1);
        runs.put("oncoming-traffic.yaml", 1);
        runs.put("pedestrian-far-side-occluded.yaml", 3);
        runs.put("pedestrian-far-side.yaml", 3);
        runs.put("pedestrian-near-side-occluded.yaml", 6);
        runs.put("pedestrian-near-side.yaml", 6);       // 3 speeds x 2 impact points
        runs.put("pedestrian-walking-along.yaml", 6);
        runs.put("planning-crosswalk-pedestrian.yaml", 1);
        runs.put("planning-cut-in.yaml", 1);
        runs.put("planning-lane-change-stopped-car.yaml", 1);
        runs.put("planning-lead-brakes.yaml", 2);      // 50 and 80 km/h
        runs.put("speed-limit-change.yaml", 1);
        runs.put("stop-and-go-queue.yaml", 1);
        runs.put("stopped-car-in-curve.yaml", 1);
        runs.put("traffic-light-stays-green.yaml", 1);
        runs.put("traffic-light-turns-red.yaml", 2);
        runs.put("truck-cut-in.yaml", 1);
        runs.put("urban-showcase.yaml", 1);
        return runs;
    }

    @Test
    void catalogueHasAtLeast25FilesAndEachIsListedHere() {
        List<Path> files = ScenarioLoader.scenarioFiles(CATALOGUE);

        assertThat(files).hasSizeGreaterThanOrEqualTo(25);
        assertThat(files).extracting(f -> f.getFileName().toString())
                .containsExactlyElementsOf(EXPECTED_RUNS.keySet());
    }

    @Test
    void everyFileLoadsAndExpandsIntoTheExpectedRuns() {
        Set<String> names = new HashSet<>();
        int total = 0;
        for (Path file : ScenarioLoader.scenarioFiles(CATALOGUE)) {
            List<ScenarioRun> runs = ScenarioLoader.load(file);

            assertThat(runs).as(file.toString()).hasSize(EXPECTED_RUNS.get(file.getFileName().toString()));
            for (ScenarioRun run : runs) {
                assertThat(names.add(run.name())).as("unique run name " + run.name()).isTrue();
                assertThat(run.spec().road()).as(run.name()).isNotNull();
                assertThat(run.sourceFile()).isEqualTo(file);
                assertThat(run.name()).startsWith(run.spec().name());
            }
            total += runs.size();
        }
        assertThat(total).isEqualTo(EXPECTED_RUNS.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void fileNamesMatchScenarioNames() {
        for (Path file : ScenarioLoader.scenarioFiles(CATALOGUE)) {
            String base = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            assertThat(ScenarioLoader.load(file).get(0).spec().name()).isEqualTo(base);
        }
    }

    @Test
    void everySharedRoadLoads() throws Exception {
        try (var roads = Files.list(CATALOGUE.resolve("roads"))) {
            List<Path> files = roads.sorted().toList();
            assertThat(files).isNotEmpty();
            for (Path road : files) {
                io.avstack.core.map.RoadFiles.load(road);
            }
        }
    }

    @Test
    void everyRunHasPassCriteria() {
        for (ScenarioRun run : ScenarioLoader.loadAll(CATALOGUE)) {
            assertThat(run.spec().passCriteria()).as(run.name()).isNotEqualTo(PassCriteria.NONE);
            assertThat(run.spec().passCriteria().noCollision()).as(run.name()).isTrue();
        }
    }
}
