package io.avstack.system.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.vehicle.cli.AvstackCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class AvstackCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = AvstackCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void versionNamesTheBuildAndTheJava() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).containsPattern("avstack \\d+\\.\\d+\\.\\d+").contains("Java ");
    }

    @Test
    void helpListsTheBusBenchmark() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("bus-bench");
    }

    @Test
    void unknownCommandFailsWithUsage() {
        assertThat(run("fly-to-the-moon")).isNotZero();
        assertThat(err.toString()).contains("fly-to-the-moon");
    }

    @Test
    void busBenchRejectsANonPositiveDuration() {
        assertThat(run("bus-bench", "--duration-s", "0")).isNotZero();
        assertThat(err.toString()).contains("--duration-s must be > 0, was 0.0");
    }

    @Test
    void busBenchRunsInProcessAndPrintsATableRowPerLoad() {
        assertThat(run("bus-bench", "--transport", "inprocess", "--duration-s", "0.3")).isZero();
        assertThat(out.toString())
                .contains("| in-process | camera 640x480 RGB8 raw @30Hz | 9 | 9 | 0 |")
                .contains("| in-process | control command (small) @1kHz | 300 | 300 | 0 |");
    }

    @Test
    void benchSimPrintsTheTwoNumbersAsJson() {
        assertThat(run("bench", "sim", "--scenario", "../scenarios/bench-ten-actors.yaml", "--seconds", "11",
                "--frames", "3", "--json")).isZero();
        assertThat(out.toString().strip())
                .matches("\\{\"headless_realtime_factor\": [0-9.]+, \"camera_fps\": [0-9.]+\\}");
    }

    @Test
    void benchSimNeedsTheCameraSceneTime() {
        assertThat(run("bench", "sim", "--scenario", "../scenarios/bench-ten-actors.yaml", "--seconds", "5",
                "--frames", "3")).isNotZero();
        assertThat(err.toString()).contains("--seconds > 10");
    }
}
