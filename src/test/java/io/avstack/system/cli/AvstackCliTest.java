package io.avstack.system.cli;

import io.avstack.system.CliHarness;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AvstackCliTest {

    private final CliHarness cli = new CliHarness();


    @Test
    void versionNamesTheBuildAndTheJava() {
        assertThat(cli.run("--version")).isZero();
        assertThat(cli.out()).containsPattern("avstack \\d+\\.\\d+\\.\\d+").contains("Java ");
    }

    @Test
    void helpListsTheBusBenchmark() {
        assertThat(cli.run("--help")).isZero();
        assertThat(cli.out()).contains("bus-bench");
    }

    @Test
    void unknownCommandFailsWithUsage() {
        assertThat(cli.run("fly-to-the-moon")).isNotZero();
        assertThat(cli.err()).contains("fly-to-the-moon");
    }

    @Test
    void busBenchRejectsANonPositiveDuration() {
        assertThat(cli.run("bus-bench", "--duration-s", "0")).isNotZero();
        assertThat(cli.err()).contains("--duration-s must be > 0, was 0.0");
    }

    @Test
    void busBenchRunsInProcessAndPrintsATableRowPerLoad() {
        assertThat(cli.run("bus-bench", "--transport", "inprocess", "--duration-s", "0.3")).isZero();
        assertThat(cli.out())
                .contains("| in-process | camera 640x480 RGB8 raw @30Hz | 9 | 9 | 0 |")
                .contains("| in-process | control command (small) @1kHz | 300 | 300 | 0 |");
    }

    @Test
    void benchSimPrintsTheTwoNumbersAsJson() {
        assertThat(cli.run("bench", "sim", "--scenario", "../scenarios/bench-ten-actors.yaml", "--seconds", "11",
                "--frames", "3", "--json")).isZero();
        assertThat(cli.out().strip())
                .matches("\\{\"headless_realtime_factor\": [0-9.]+, \"camera_fps\": [0-9.]+\\}");
    }

    @Test
    void benchSimNeedsTheCameraSceneTime() {
        assertThat(cli.run("bench", "sim", "--scenario", "../scenarios/bench-ten-actors.yaml", "--seconds", "5",
                "--frames", "3")).isNotZero();
        assertThat(cli.err()).contains("--seconds > 10");
    }
}
