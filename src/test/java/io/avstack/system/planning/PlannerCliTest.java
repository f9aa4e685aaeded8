package io.avstack.system.planning;

import io.avstack.system.CliHarness;
import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.log.DriveLogReader;
import io.avstack.core.log.LoggedRecord;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code avstack sim --stack planner} and {@code avstack bench planning}. */
class PlannerCliTest {

    private final CliHarness cli = new CliHarness();

    @TempDir
    Path tmp;


    @Test
    void simWithThePlannerStackDrivesTheScenarioAndRecordsThePlan() throws Exception {
        Path log = tmp.resolve("planner.avlog");
        int code = cli.run("sim", "../scenarios/planning-lane-change-stopped-car.yaml", "--stack", "planner",
                "--record", log.toString());

        assertThat(code).as(cli.err()).isZero();
        assertThat(cli.out()).startsWith("planning-lane-change-stopped-car").contains(" PASS ");
        Set<String> topics = new TreeSet<>();
        try (DriveLogReader reader = DriveLogReader.open(log)) {
            for (LoggedRecord r = reader.next(); r != null; r = reader.next()) {
                topics.add(r.topic());
            }
        }
        assertThat(topics).contains("avstack/ego/fusion/objects", "avstack/ego/perception/traffic_lights",
                "avstack/ego/planning/trajectory", "avstack/ego/planning/status", "avstack/ego/planning/command");
    }

    @Test
    void aRecordedPlannerRunReplaysIdentically() {
        Path log = tmp.resolve("cut-in.avlog");
        assertThat(cli.run("sim", "../scenarios/planning-cut-in.yaml", "--stack", "planner",
                "--record", log.toString())).as(cli.err()).isZero();

        assertThat(cli.run("replay", log.toString(), "--compare")).as(cli.both()).isZero();
        assertThat(cli.out()).contains("stack planner").contains("identical");
    }

    @Test
    void theBuiltInControllerStaysTheDefault() {
        assertThat(cli.run("sim", "../scenarios/planning-lane-change-stopped-car.yaml", "--sensors", "truth")).isZero();
        // the built-in controller cannot change lanes: it stops behind the car and never completes the route
        assertThat(cli.out()).contains(" FAIL ").contains("route_completion");
    }

    @Test
    void benchPlanningPrintsTheTimingsAsJson() {
        assertThat(cli.run("bench", "planning", "--cycles", "50", "--warmup", "10", "--json")).as(cli.err()).isZero();
        assertThat(cli.out().strip()).matches("\\{\"planning\": \\{\"p50_ms\": [0-9.]+, \"p99_ms\": [0-9.]+\\}, "
                + "\"controller\": \\{\"p50_ms\": [0-9.]+, \"p99_ms\": [0-9.]+\\}\\}");
    }

    @Test
    void benchPlanningRejectsNoCycles() {
        assertThat(cli.run("bench", "planning", "--cycles", "0")).isNotZero();
        assertThat(cli.err()).contains("--cycles > 0");
    }
}
