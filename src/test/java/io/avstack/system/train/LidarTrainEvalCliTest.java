package io.avstack.system.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.avstack.perception.lidar.BevCenterNetModel;
import io.avstack.perception.lidar.LidarModelMetadata;
import io.avstack.vehicle.cli.AvstackCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code avstack train lidar}, {@code eval lidar} and {@code bench lidar} end to end, tiny. */
class LidarTrainEvalCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cli = AvstackCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void tinyTrainThenEvalPrintsOneValidJsonObjectAndATable(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("model");
        assertThat(run("train", "lidar", "--frames", "6", "--epochs", "1", "--batch", "3", "--base-channels", "4",
                "--log-every", "1", "--threads", "1", "--roads", "../scenarios/roads", "--out", model.toString()))
                .as(err.toString()).isZero();
        assertThat(out.toString()).contains("epoch 1 step 1 loss").contains("epoch 1 step 2 loss").contains("written to");
        assertThat(BevCenterNetModel.paramFile(model)).isRegularFile();
        LidarModelMetadata meta = LidarModelMetadata.read(model);
        assertThat(meta.baseChannels()).isEqualTo(4);
        assertThat(meta.frames()).isEqualTo(6);
        assertThat(meta.steps()).isEqualTo(2);

        assertThat(run("eval", "lidar", "--weights", model.toString(), "--frames", "3", "--seed", "2", "--roads",
                "../scenarios/roads", "--json")).as(err.toString()).isZero();
        String text = out.toString().strip();
        assertThat(text.lines().count()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(text);
        assertThat(json.get("seed").asLong()).isEqualTo(2);
        assertThat(json.get("frames").asInt()).isEqualTo(3);
        for (String c : new String[] {"car", "truck", "pedestrian", "cyclist"}) {
            assertThat(json.get("ap").has(c)).as(c).isTrue();
        }
        assertThat(json.has("map")).isTrue();
        assertThat(json.has("range_error")).isFalse();

        assertThat(run("eval", "lidar", "--weights", model.toString(), "--frames", "2", "--roads",
                "../scenarios/roads")).isZero();
        assertThat(out.toString()).contains("| car |").contains("mAP").contains("rotated BEV IoU");
    }

    @Test
    void evalWithAMissingOrEmptyModelFolderNamesThePath(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("no-such-model");
        assertThat(run("eval", "lidar", "--weights", missing.toString(), "--frames", "1")).isNotZero();
        assertThat(err.toString()).contains(missing.toAbsolutePath().toString());
        Files.createDirectories(missing);
        new LidarModelMetadata(io.avstack.perception.lidar.LidarDetectorConfig.DEFAULT_CLASSES,
                io.avstack.perception.lidar.BevGrid.defaults(), 4, 2, 0, 1, 1, 1, 1.0).write(missing);
        assertThat(run("eval", "lidar", "--weights", missing.toString(), "--frames", "1")).isNotZero();
        assertThat(err.toString()).contains(BevCenterNetModel.paramFile(missing).toAbsolutePath().toString());
    }

    @Test
    void optionsOutsideTheirRangesAreRejected() {
        assertThat(run("eval", "lidar", "--seed", "-1", "--frames", "1")).isNotZero();
        assertThat(err.toString()).contains("--seed").contains("-1");
        assertThat(run("train", "lidar", "--seed", "1000000", "--frames", "1")).isNotZero();
        assertThat(err.toString()).contains("--seed").contains("1000000");
        assertThat(run("train", "lidar", "--base-channels", "0", "--frames", "1")).isNotZero();
        assertThat(err.toString()).contains("--base-channels");
    }

    @Test
    void evalWithoutWeightsUsesTheBundledModel() throws Exception {
        assertThat(run("eval", "lidar", "--frames", "2", "--seed", "3", "--threads", "1", "--roads",
                "../scenarios/roads", "--json")).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString().strip());
        assertThat(json.get("frames").asInt()).isEqualTo(2);
    }

    @Test
    void benchLidarPrintsLatencyAsJson() throws Exception {
        assertThat(run("bench", "lidar", "--untrained", "--base-channels", "4", "--scans", "3", "--warm-up", "1",
                "--threads", "1", "--roads", "../scenarios/roads", "--json")).as(err.toString()).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString().strip());
        assertThat(json.get("lidar").get("p50_ms").asDouble()).isPositive();
        assertThat(json.get("lidar").get("p99_ms").asDouble()).isGreaterThanOrEqualTo(json.get("lidar").get("p50_ms").asDouble());
        assertThat(json.get("lidar").get("cpu_p50_ms").asDouble()).isPositive();
    }
}
