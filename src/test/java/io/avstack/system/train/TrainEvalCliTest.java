package io.avstack.system.train;

import io.avstack.system.CliHarness;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.avstack.perception.camera.CameraRangeModel;
import io.avstack.perception.camera.CenterNetModel;
import io.avstack.perception.camera.DetectorConfig;
import io.avstack.perception.camera.ModelMetadata;
import io.avstack.perception.nn.Normalisation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainEvalCliTest {

    private final CliHarness cli = new CliHarness();


    @Test
    void tinyTrainThenEvalPrintsOneValidJsonObject(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("model");
        assertThat(cli.runFresh("train", "camera", "--frames", "8", "--epochs", "1", "--input", "96x64", "--batch", "4",
                "--log-every", "1", "--roads", "../scenarios/roads", "--out", model.toString())).as(cli.err()).isZero();
        assertThat(cli.out()).contains("epoch 1 step 1 loss").contains("written to");
        assertThat(CenterNetModel.paramFile(model)).isRegularFile();
        assertThat(ModelMetadata.read(model).inputWidthPx()).isEqualTo(96);

        assertThat(cli.runFresh("eval", "camera", "--weights", model.toString(), "--frames", "4", "--roads",
                "../scenarios/roads", "--json")).as(cli.err()).isZero();
        String text = cli.out().strip();
        assertThat(text.lines().count()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(text);
        assertThat(json.get("seed").asLong()).isZero();
        assertThat(json.get("frames").asInt()).isEqualTo(4);
        assertThat(json.get("ap").has("car")).isTrue();
        assertThat(json.get("ap").has("truck")).isTrue();
        assertThat(json.get("ap").has("pedestrian")).isTrue();
        assertThat(json.get("ap").has("cyclist")).isTrue();
        assertThat(json.has("map")).isTrue();
        for (String bin : new String[] {"0-10", "10-30", "30-50", "50+"}) {
            assertThat(json.get("range_error").has(bin)).as(bin).isTrue();
        }

        assertThat(cli.runFresh("eval", "camera", "--weights", model.toString(), "--frames", "2", "--roads",
                "../scenarios/roads")).isZero();
        assertThat(cli.out()).contains("| car |").contains("mAP").contains("| 10-30 m |");

        // the range calibration of these weights: written beside them and read back with them
        assertThat(cli.runFresh("train", "camera-range", "--weights", model.toString(), "--frames", "3", "--roads",
                "../scenarios/roads")).as(cli.err()).isZero();
        assertThat(cli.out()).contains("matched detections").contains("written");
        assertThat(CameraRangeModel.readOrGroundOnly(model).bandEdgesM()).isNotEmpty();
        Path calibration = model.resolve(CameraRangeModel.FILE_NAME);
        Files.writeString(calibration, "{\"bandEdgesM\": [-5], \"classes\": {}}");
        assertThat(cli.runFresh("eval", "camera", "--weights", model.toString(), "--frames", "1", "--roads",
                "../scenarios/roads")).isNotZero();
        assertThat(cli.err()).contains(calibration.toAbsolutePath().toString()).contains("bandEdgesM[0]")
                .contains("-5.0");
    }

    @Test
    void evalWithAMissingWeightsFolderNamesThePath(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-model");
        assertThat(cli.runFresh("eval", "camera", "--weights", missing.toString(), "--frames", "1")).isNotZero();
        assertThat(cli.err()).contains(missing.toAbsolutePath().toString());
    }

    @Test
    void evalWithAFolderWithoutWeightsNamesTheFile(@TempDir Path dir) throws Exception {
        new ModelMetadata(DetectorConfig.DEFAULT_CLASSES, 96, 64, 16, 4, Normalisation.IMAGENET, 0, 1, 1, 1.0)
                .write(dir);
        assertThat(cli.runFresh("eval", "camera", "--weights", dir.toString(), "--frames", "1")).isNotZero();
        assertThat(cli.err()).contains(CenterNetModel.paramFile(dir).toAbsolutePath().toString());
    }

    @Test
    void seedsOutsideTheSeedRangesAreRejected() {
        assertThat(cli.runFresh("eval", "camera", "--seed", "-1", "--frames", "1")).isNotZero();
        assertThat(cli.err()).contains("--seed").contains("-1");
        assertThat(cli.runFresh("train", "camera", "--seed", "1000000", "--frames", "1")).isNotZero();
        assertThat(cli.err()).contains("--seed").contains("1000000");
    }

    @Test
    void badInputSizeIsRejected() {
        assertThat(cli.runFresh("train", "camera", "--input", "97x64", "--frames", "1")).isNotZero();
        assertThat(cli.err()).contains("--input").contains("97x64");
    }
}
