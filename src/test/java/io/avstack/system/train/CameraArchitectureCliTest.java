package io.avstack.system.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.avstack.perception.camera.CameraArchitecture;
import io.avstack.perception.camera.ModelMetadata;
import io.avstack.system.CliHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code avstack train camera --arch}: the network is chosen at training time and recorded for every later load. */
class CameraArchitectureCliTest {

    private static final String ROADS = CliHarness.REPO.resolve("scenarios/roads").toString();

    @Test
    void depthwiseNetworkTrainsIsRecordedAndEvaluatesFromItsMetadata(@TempDir Path dir) throws Exception {
        Path model = dir.resolve("dw");
        CliHarness train = new CliHarness();
        assertThat(train.run("train", "camera", "--arch", "fpn-lite-dw", "--frames", "8", "--epochs", "1", "--input",
                "96x64", "--base-channels", "8", "--batch", "4", "--log-every", "1", "--roads", ROADS, "--out",
                model.toString())).as(train.both()).isZero();
        assertThat(train.out()).contains("fpn-lite-dw");
        ModelMetadata meta = ModelMetadata.read(model);
        assertThat(meta.architecture()).isEqualTo("fpn-lite-dw");
        assertThat(meta.detectorConfig().architecture()).isSameAs(CameraArchitecture.FPN_LITE_DW);
        assertThat(meta.trainingCommands()).singleElement().asString().contains("--arch fpn-lite-dw");

        CliHarness eval = new CliHarness();
        assertThat(eval.run("eval", "camera", "--weights", model.toString(), "--frames", "2", "--roads", ROADS,
                "--json")).as(eval.both()).isZero();
        JsonNode json = new ObjectMapper().readTree(eval.out().strip());
        assertThat(json.get("frames").asInt()).isEqualTo(2);

        // Fine-tuning must keep the network: an --init of another architecture is a usage error.
        CliHarness mismatch = new CliHarness();
        assertThat(mismatch.run("train", "camera", "--init", model.toString(), "--frames", "4", "--epochs", "1",
                "--input", "96x64", "--base-channels", "8", "--roads", ROADS, "--out", dir.resolve("x").toString()))
                .isNotZero();
        assertThat(mismatch.err()).contains("fpn-lite-dw").contains("fpn-lite ");
    }

    @Test
    void unknownArchitectureIsAUsageErrorNamingIt(@TempDir Path dir) {
        CliHarness cli = new CliHarness();
        assertThat(cli.run("train", "camera", "--arch", "resnet50", "--frames", "1", "--out",
                dir.resolve("m").toString())).isNotZero();
        assertThat(cli.err()).contains("--arch").contains("resnet50").contains("fpn-lite-dw");
    }
}
