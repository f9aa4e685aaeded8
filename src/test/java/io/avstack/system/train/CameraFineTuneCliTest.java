package io.avstack.system.train;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.perception.camera.CenterNetModel;
import io.avstack.perception.camera.ModelMetadata;
import io.avstack.system.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code avstack train camera --init DIR}: fine-tuning starts from the given weights, not from scratch. */
class CameraFineTuneCliTest {

    private static final Pattern FIRST_LOSS = Pattern.compile("epoch 1 step 1 loss ([0-9.]+)");
    private static final String ROADS = CliHarness.REPO.resolve("scenarios/roads").toString();

    @Test
    void fineTuningStartsFromTheInitialWeights(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("base");
        CliHarness scratch = new CliHarness();
        assertThat(scratch.run("train", "camera", "--frames", "8", "--epochs", "4", "--input", "96x64", "--batch", "4",
                "--lr", "0.01", "--log-every", "1", "--roads", ROADS, "--out", base.toString()))
                .as(scratch.both()).isZero();
        double scratchFirstLoss = firstLoss(scratch.out());

        Path tuned = dir.resolve("tuned");
        CliHarness fineTune = new CliHarness();
        assertThat(fineTune.run("train", "camera", "--init", base.toString(), "--frames", "8", "--epochs", "1",
                "--input", "96x64", "--batch", "4", "--lr", "0.0001", "--log-every", "1", "--roads", ROADS,
                "--out", tuned.toString())).as(fineTune.both()).isZero();
        // Same seed, same frames, same first batch: only the starting weights differ.
        assertThat(firstLoss(fineTune.out())).as(scratch.out() + fineTune.out()).isLessThan(scratchFirstLoss * 0.8);
        assertThat(Files.readAllBytes(CenterNetModel.paramFile(tuned)))
                .isNotEqualTo(Files.readAllBytes(CenterNetModel.paramFile(base)));
        // The fine-tune's metadata says how to rebuild it: the base model's command, then its own.
        assertThat(ModelMetadata.read(base).trainingCommands()).singleElement().asString()
                .startsWith("avstack train camera --frames 8 --epochs 4");
        assertThat(ModelMetadata.read(tuned).trainingCommands()).hasSize(2)
                .startsWith(ModelMetadata.read(base).trainingCommands().get(0));
        assertThat(ModelMetadata.read(tuned).trainingCommands().get(1))
                .startsWith("avstack train camera --init " + base).contains("--lr 0.0001");
    }

    @Test
    void vruScenesAndConfusionWeightTrainAndBadValuesAreRejected(@TempDir Path dir) {
        CliHarness cli = new CliHarness();
        assertThat(cli.run("train", "camera", "--frames", "4", "--epochs", "1", "--input", "96x64", "--batch", "4",
                "--vru-scenes", "1", "--confusion-weight", "4", "--roads", ROADS, "--out", dir.resolve("m").toString()))
                .as(cli.both()).isZero();
        assertThat(cli.out()).contains("final epoch mean loss");
        CliHarness badVru = new CliHarness();
        assertThat(badVru.run("train", "camera", "--vru-scenes", "1.5", "--out", dir.resolve("x").toString()))
                .isNotZero();
        assertThat(badVru.err()).contains("--vru-scenes").contains("1.5");
        CliHarness badWeight = new CliHarness();
        assertThat(badWeight.run("train", "camera", "--confusion-weight", "-1", "--out", dir.resolve("y").toString()))
                .isNotZero();
        assertThat(badWeight.err()).contains("--confusion-weight").contains("-1");
    }

    @Test
    void initWeightsMayHaveAnotherInputSizeButNotAnotherWidth(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("base");
        CliHarness cli = new CliHarness();
        assertThat(cli.run("train", "camera", "--frames", "4", "--epochs", "1", "--input", "96x64", "--batch", "4",
                "--roads", ROADS, "--out", base.toString())).as(cli.both()).isZero();
        // fully convolutional: the same weights move to another input size
        Path resized = dir.resolve("resized");
        CliHarness moved = new CliHarness();
        assertThat(moved.run("train", "camera", "--init", base.toString(), "--frames", "4", "--epochs", "1",
                "--input", "128x96", "--batch", "4", "--roads", ROADS, "--out", resized.toString()))
                .as(moved.both()).isZero();
        assertThat(ModelMetadata.read(resized).detectorConfig().inputWidthPx()).isEqualTo(128);
        // another width is another network
        CliHarness wider = new CliHarness();
        assertThat(wider.run("train", "camera", "--init", base.toString(), "--frames", "4", "--epochs", "1",
                "--input", "96x64", "--base-channels", "8", "--roads", ROADS, "--out", dir.resolve("x").toString()))
                .isNotZero();
        assertThat(wider.err()).contains("--init").contains(base.toAbsolutePath().toString()).contains("96x64")
                .contains("base channels 16");
    }

    @Test
    void aMissingInitFolderIsRejectedNamingIt(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-model");
        CliHarness cli = new CliHarness();
        assertThat(cli.run("train", "camera", "--init", missing.toString(), "--frames", "4", "--epochs", "1",
                "--input", "96x64", "--roads", ROADS, "--out", dir.resolve("tuned").toString())).isNotZero();
        assertThat(cli.err()).contains(missing.toAbsolutePath().toString());
    }

    private static double firstLoss(String out) {
        Matcher m = FIRST_LOSS.matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
