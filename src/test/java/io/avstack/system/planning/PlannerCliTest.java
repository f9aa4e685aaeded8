package io.avstack.system.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.log.DriveLogReader;
import io.avstack.core.log.LoggedRecord;
import io.avstack.vehicle.cli.AvstackCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code avstack sim --stack planner} and {@code avstack bench planning}. */
class PlannerCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path tmp;

    private int run(String... args) {
        CommandLine cli = AvstackCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void simWithThePlannerStackDrivesTheScenarioAndRecordsThePlan() throws Exception {
        Path log = tmp.resolve("planner.avlog");
        int code = run("sim", "../scenarios/planning-lane-change-stopped-car.yaml", "--stack", "planner",
                "--record", log.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("planning-lane-change-stopped-car").contains(" PASS ");
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
        assertThat(run("sim", "../scenarios/planning-cut-in.yaml", "--stack", "planner",
                "--record", log.toString())).as(err.toString()).isZero();

        assertThat(run("replay", log.toString(), "--compare")).as(out + " " + err).isZero();
        assertThat(out.toString()).contains("stack planner").contains("identical");
    }

    @Test
    void theBuiltInControllerStaysTheDefault() {
        assertThat(run("sim", "../scenarios/planning-lane-change-stopped-car.yaml", "--sensors", "truth")).isZero();
        // the built-in controller cannot change lanes: it stops behind the car and never completes the route
        assertThat(out.toString()).contains(" FAIL ").contains("route_completion");
    }

    @Test
    void benchPlanningPrintsTheTimingsAsJson() {
        assertThat(run("bench", "planning", "--cycles", "50", "--warmup", "10", "--json")).as(err.toString()).isZero();
        assertThat(out.toString().strip()).matches("\\{\"planning\": \\{\"p50_ms\": [0-9.]+, \"p99_ms\": [0-9.]+\\}, "
                + "\"controller\": \\{\"p50_ms\": [0-9.]+, \"p99_ms\": [0-9.]+\\}\\}");
    }

    @Test
    void benchPlanningRejectsNoCycles() {
        assertThat(run("bench", "planning", "--cycles", "0")).isNotZero();
        assertThat(err.toString()).contains("--cycles > 0");
    }
}
