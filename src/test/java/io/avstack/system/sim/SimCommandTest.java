package io.avstack.system.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.avstack.core.log.DriveLogReader;
import io.avstack.vehicle.cli.AvstackCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimCommandTest {

    private static final Path CCRS = Path.of("..", "scenarios", "ccrs.yaml");

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
    void runsOneExpansionWritesTheReportAndRecordsTheBus() throws Exception {
        Path report = tmp.resolve("report.json");
        Path log = tmp.resolve("run.avlog");
        int code = run("sim", CCRS.toString(), "--param", "egoSpeedKph=30", "--param", "overlapPct=100",
                "--seed", "3", "--headless", "--report", report.toString(), "--record", log.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString().lines()).hasSize(1);
        assertThat(out.toString()).startsWith("ccrs").contains("seed=3 PASS").contains("rtf=");
        JsonNode runs = new ObjectMapper().readTree(report.toFile()).get("runs");
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).get("verdict").asText()).isEqualTo("PASS");
        assertThat(runs.get(0).get("seed").asLong()).isEqualTo(3);
        assertThat(runs.get(0).get("collision").asBoolean()).isFalse();
        assertThat(runs.get(0).get("parameters").get("egoSpeedKph").asText()).isEqualTo("30");
        assertThat(Files.size(log)).isPositive();
        try (DriveLogReader reader = DriveLogReader.open(log)) {
            assertThat(reader.metadata().scenario()).startsWith("ccrs");
        }
    }

    @Test
    void aSweepPrintsOneLinePerRun() {
        assertThat(run("sim", CCRS.toString(), "--param", "egoSpeedKph=20")).as(err.toString()).isZero();
        assertThat(out.toString().lines()).hasSize(3); // overlapPct 50, 75, 100
    }

    @Test
    void aBadFileFailsWithAClearMessage() throws Exception {
        Path bad = tmp.resolve("bad.yaml");
        Files.writeString(bad, "name: broken\ndurationS: -1\n");
        assertThat(run("sim", bad.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("avstack sim: ").contains("bad.yaml");
        assertThat(run("sim", tmp.resolve("missing.yaml").toString())).isEqualTo(2);
    }

    @Test
    void pendingOptionsSayTheyAreNotAvailable() {
        assertThat(run("sim", CCRS.toString(), "--fault", "lidar:dropout")).isEqualTo(2);
        assertThat(err.toString()).contains("--fault is not available");
    }
}
