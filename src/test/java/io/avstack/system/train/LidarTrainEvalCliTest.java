package io.avstack.system.train;

import io.avstack.system.CliHarness;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.avstack.perception.lidar.BevCenterNetModel;
import io.avstack.perception.lidar.LidarArchitecture;
import io.avstack.perception.lidar.LidarModelMetadata;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code avstack train lidar}, {@code eval lidar} and {@code bench lidar} end to end, tiny. */
class LidarTrainEvalCliTest {

    private final CliHarness cli = new CliHarness();


    @Test
    void tinyTrainThenEvalPrintsOneValidJsonObjectAndATable(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("model");
        assertThat(cli.runFresh("train", "lidar", "--frames", "6", "--epochs", "1", "--batch", "3", "--base-channels", "4",
                "--log-every", "1", "--threads", "1", "--roads", "../scenarios/roads", "--out", model.toString()))
                .as(cli.err()).isZero();
        assertThat(cli.out()).contains("epoch 1 step 1 loss").contains("epoch 1 step 2 loss").contains("written to");
        assertThat(BevCenterNetModel.paramFile(model)).isRegularFile();
        LidarModelMetadata meta = LidarModelMetadata.read(model);
        assertThat(meta.baseChannels()).isEqualTo(4);
        assertThat(meta.frames()).isEqualTo(6);
        assertThat(meta.steps()).isEqualTo(2);

        assertThat(cli.runFresh("eval", "lidar", "--weights", model.toString(), "--frames", "3", "--seed", "2", "--roads",
                "../scenarios/roads", "--json")).as(cli.err()).isZero();
        String text = cli.out().strip();
        assertThat(text.lines().count()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(text);
        assertThat(json.get("seed").asLong()).isEqualTo(2);
        assertThat(json.get("frames").asInt()).isEqualTo(3);
        for (String c : new String[] {"car", "truck", "pedestrian", "cyclist"}) {
            assertThat(json.get("ap").has(c)).as(c).isTrue();
        }
        assertThat(json.has("map")).isTrue();
        assertThat(json.has("range_error")).isFalse();

        assertThat(cli.runFresh("eval", "lidar", "--weights", model.toString(), "--frames", "2", "--roads",
                "../scenarios/roads")).isZero();
        assertThat(cli.out()).contains("| car |").contains("mAP").contains("rotated BEV IoU");
    }

    @Test
    void evalWithAMissingOrEmptyModelFolderNamesThePath(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("no-such-model");
        assertThat(cli.runFresh("eval", "lidar", "--weights", missing.toString(), "--frames", "1")).isNotZero();
        assertThat(cli.err()).contains(missing.toAbsolutePath().toString());
        Files.createDirectories(missing);
        new LidarModelMetadata(io.avstack.perception.lidar.LidarDetectorConfig.DEFAULT_CLASSES,
                io.avstack.perception.lidar.BevGrid.defaults(), 4, 2, 0, 1, 1, 1, 1.0, null).write(missing);
        assertThat(cli.runFresh("eval", "lidar", "--weights", missing.toString(), "--frames", "1")).isNotZero();
        assertThat(cli.err()).contains(BevCenterNetModel.paramFile(missing).toAbsolutePath().toString());
    }

    @Test
    void trainLidarArchitectureCompactWritesItInTheMetadataAndEvalAndBenchRunIt(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("model");
        assertThat(cli.runFresh("train", "lidar", "--architecture", "compact", "--frames", "4", "--epochs", "1",
                "--batch", "2", "--base-channels", "4", "--threads", "1", "--roads", "../scenarios/roads", "--out",
                model.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("compact network");
        assertThat(LidarModelMetadata.read(model).architecture()).isEqualTo(LidarArchitecture.COMPACT);
        assertThat(cli.runFresh("eval", "lidar", "--weights", model.toString(), "--frames", "2", "--roads",
                "../scenarios/roads", "--json")).as(cli.err()).isZero();
        assertThat(new ObjectMapper().readTree(cli.out().strip()).get("frames").asInt()).isEqualTo(2);
        assertThat(cli.runFresh("bench", "lidar", "--weights", model.toString(), "--scans", "2", "--warm-up", "1",
                "--threads", "1", "--roads", "../scenarios/roads", "--json")).as(cli.err()).isZero();
        assertThat(cli.runFresh("bench", "lidar", "--untrained", "--architecture", "compact", "--base-channels", "4",
                "--scans", "2", "--warm-up", "1", "--threads", "1", "--roads", "../scenarios/roads", "--json"))
                .as(cli.err()).isZero();
    }

    @Test
    void anUnknownArchitectureIsRejectedNamingTheChoices() {
        assertThat(cli.runFresh("train", "lidar", "--architecture", "resnet", "--frames", "1")).isNotZero();
        assertThat(cli.err()).contains("--architecture").contains("resnet").contains("plain or compact");
    }

    @Test
    void optionsOutsideTheirRangesAreRejected() {
        assertThat(cli.runFresh("eval", "lidar", "--seed", "-1", "--frames", "1")).isNotZero();
        assertThat(cli.err()).contains("--seed").contains("-1");
        assertThat(cli.runFresh("train", "lidar", "--seed", "1000000", "--frames", "1")).isNotZero();
        assertThat(cli.err()).contains("--seed").contains("1000000");
        assertThat(cli.runFresh("train", "lidar", "--base-channels", "0", "--frames", "1")).isNotZero();
        assertThat(cli.err()).contains("--base-channels");
    }

    @Test
    void evalWithoutWeightsUsesTheBundledModel() throws Exception {
        assertThat(cli.runFresh("eval", "lidar", "--frames", "2", "--seed", "3", "--threads", "1", "--roads",
                "../scenarios/roads", "--json")).as(cli.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out().strip());
        assertThat(json.get("frames").asInt()).isEqualTo(2);
    }

    @Test
    void benchLidarPrintsLatencyAsJson() throws Exception {
        assertThat(cli.runFresh("bench", "lidar", "--untrained", "--base-channels", "4", "--scans", "3", "--warm-up", "1",
                "--threads", "1", "--roads", "../scenarios/roads", "--json")).as(cli.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(cli.out().strip());
        assertThat(json.get("lidar").get("p50_ms").asDouble()).isPositive();
        assertThat(json.get("lidar").get("p99_ms").asDouble()).isGreaterThanOrEqualTo(json.get("lidar").get("p50_ms").asDouble());
        assertThat(json.get("lidar").get("cpu_p50_ms").asDouble()).isPositive();
    }
    @Test
    void trainLidarInitFineTunesFromAModelOfTheSameNetworkAndRefusesAnother(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("base");
        assertThat(cli.runFresh("train", "lidar", "--frames", "4", "--epochs", "1", "--batch", "2", "--base-channels", "4",
                "--threads", "1", "--roads", "../scenarios/roads", "--out", base.toString())).as(cli.err()).isZero();
        Path tuned = dir.resolve("tuned");
        assertThat(cli.runFresh("train", "lidar", "--init", base.toString(), "--frames", "4", "--epochs", "1",
                "--batch", "2", "--base-channels", "4", "--seed", "1", "--vru-scenes", "0.5", "--lr", "0.0005",
                "--threads", "1", "--roads", "../scenarios/roads", "--out", tuned.toString())).as(cli.err()).isZero();
        assertThat(BevCenterNetModel.paramFile(tuned)).isRegularFile();
        assertThat(Files.readAllBytes(BevCenterNetModel.paramFile(tuned)))
                .as("trained on from the initial weights").isNotEqualTo(Files.readAllBytes(BevCenterNetModel.paramFile(base)));

        assertThat(cli.runFresh("train", "lidar", "--init", base.toString(), "--frames", "4", "--epochs", "1",
                "--batch", "2", "--base-channels", "8", "--threads", "1", "--roads", "../scenarios/roads", "--out",
                dir.resolve("other").toString())).isNotZero();
        assertThat(cli.err()).contains(base.toAbsolutePath().toString()).contains("base channels 4")
                .contains("base channels 8");
        assertThat(cli.runFresh("train", "lidar", "--init", dir.resolve("none").toString(), "--frames", "4",
                "--base-channels", "4", "--roads", "../scenarios/roads", "--out", dir.resolve("x").toString()))
                .isNotZero();
        assertThat(cli.err()).contains(dir.resolve("none").toAbsolutePath().toString());
    }
}
