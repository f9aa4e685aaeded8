package io.avstack.system.fusion;

import io.avstack.system.CliHarness;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code avstack eval fusion} and {@code avstack bench fusion} from the command line. */
class FusionCliTest {

    private static final String SCENARIO = "../src/test/resources/scenarios/fusion-crossing.yaml";
    private final CliHarness cli = new CliHarness();


    @Test
    void cnnDetectionsWithoutWeightsFailNamingWhatIsMissing() {
        assertThat(cli.run("eval", "fusion", "--scenarios", SCENARIO, "--camera-weights", "target/no-such-model"))
                .isEqualTo(1);
        assertThat(cli.err()).contains("missing detector weights").contains("camera").contains("no-such-model")
                .contains("--detections truth-noise");
        assertThat(cli.out()).isEmpty();
    }

    @Test
    void truthNoiseJsonHasExactlyTheIssuesShape() {
        assertThat(cli.run("eval", "fusion", "--detections", "truth-noise", "--scenarios", SCENARIO, "--combinations",
                "lidar,radar", "--max-duration-s", "4", "--json")).isZero();
        String number = "(-?[0-9.]+|null)";
        String combo = "\\{\"mota\": " + number + ", \"motp_m\": " + number + ", \"pos_rmse_m\": " + number
                + ", \"vel_rmse_mps\": " + number + ", \"id_switches_per_1000_frames\": " + number
                + ", \"false_tracks\": [0-9]+, \"missed\": [0-9]+\\}";
        assertThat(cli.out().strip()).matches("\\{\"combinations\": \\{\"lidar\": " + combo + ", \"radar\": "
                + combo + "\\}\\}");
    }

    @Test
    void anInjectedFaultReachesTheScoredSensors() {
        String[] lidarOnly = {"eval", "fusion", "--detections", "truth-noise", "--scenarios", SCENARIO,
                "--combinations", "lidar", "--max-duration-s", "4", "--json"};
        assertThat(cli.run(lidarOnly)).isZero();
        assertThat(cli.out()).doesNotContain("\"mota\": 0.0000").doesNotContain("\"mota\": -");
        String[] withDropout = java.util.Arrays.copyOf(lidarOnly, lidarOnly.length + 2);
        withDropout[lidarOnly.length] = "--faults";
        withDropout[lidarOnly.length + 1] = "dropout:lidar_top@0-1000";
        assertThat(cli.run(withDropout)).isZero();
        // the lidar never reports: every scored object is missed, and nothing is tracked
        assertThat(cli.out()).contains("\"mota\": 0.0000").contains("\"false_tracks\": 0,")
                .doesNotContain("\"missed\": 0}");
    }

    @Test
    void badInputExitsTwo() {
        assertThat(cli.run("eval", "fusion", "--detections", "truth-noise", "--combinations", "sonar")).isEqualTo(2);
        assertThat(cli.err()).contains("sonar");
        assertThat(cli.run("eval", "fusion", "--detections", "truth-noise", "--faults", "smoke:camera_front@0-1"))
                .isEqualTo(2);
    }

    @Test
    void benchPrintsTheTickAsJson() {
        assertThat(cli.run("bench", "fusion", "--objects", "10", "--seconds", "2", "--no-cnn", "--json")).isZero();
        assertThat(cli.out().strip()).matches("\\{\"objects\": 10, \"tick_p50_ms\": [0-9.]+, \"tick_p99_ms\": "
                + "[0-9.]+, \"tick_max_ms\": [0-9.]+, \"tick_cpu_p99_ms\": [0-9.]+, "
                + "\"camera_frame_to_world_model_p99_ms\": null, \"lidar_frame_to_world_model_p99_ms\": null\\}");
    }
}
