package io.avstack.perception.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoopTranslator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CenterNetModelTest {

    private final DetectorConfig config = TestConfigs.tiny();

    @TempDir
    Path dir;

    private float[] run(Model model, float[] input) throws Exception {
        try (NDManager m = NDManager.newBaseManager();
             Predictor<NDList, NDList> p = model.newPredictor(new NoopTranslator())) {
            NDList out = p.predict(new NDList(m.create(input, new Shape(1, 3, 64, 96))));
            assertThat(out.singletonOrThrow().getShape())
                    .isEqualTo(new Shape(1, CenterNetLayout.channels(config.numClasses()), 16, 24));
            return out.singletonOrThrow().toFloatArray();
        }
    }

    @Test
    void saveLoadRoundTripGivesIdenticalOutputs() throws Exception {
        float[] input = new float[3 * 64 * 96];
        SplittableRandom rng = new SplittableRandom(1);
        for (int i = 0; i < input.length; i++) {
            input[i] = (float) rng.nextGaussian();
        }
        float[] before;
        try (Model model = CenterNetModel.newModel(config, Device.cpu())) {
            before = run(model, input);
            CenterNetModel.save(model, dir);
        }
        assertThat(CenterNetModel.paramFile(dir)).isRegularFile();
        try (Model loaded = CenterNetModel.load(dir, config, Device.cpu())) {
            assertThat(run(loaded, input)).containsExactly(before);
        }
    }

    @Test
    void sameSeedGivesTheSameInitialWeights() throws Exception {
        float[] input = new float[3 * 64 * 96];
        java.util.Arrays.fill(input, 0.5f);
        try (Model a = CenterNetModel.newModel(config, Device.cpu(), 9);
             Model b = CenterNetModel.newModel(config, Device.cpu(), 9)) {
            assertThat(run(a, input)).containsExactly(run(b, input));
        }
    }

    @Test
    void missingWeightsFileNamesThePath() {
        Path missing = dir.resolve("nowhere");
        assertThatThrownBy(() -> CameraDetector.load(missing, config, "cpu"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not found")
                .hasMessageContaining(CenterNetModel.paramFile(missing).toAbsolutePath().toString());
    }

    @Test
    void corruptWeightsFileNamesThePath() throws Exception {
        Files.write(CenterNetModel.paramFile(dir), new byte[] {1, 2, 3, 4, 5});
        assertThatThrownBy(() -> CameraDetector.load(dir, config, "cpu"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(CenterNetModel.paramFile(dir).toAbsolutePath().toString());
    }

    @Test
    void weightsOfAnotherArchitectureAreRejectedWithThePath() throws Exception {
        try (Model model = CenterNetModel.newModel(config.withBaseChannels(8), Device.cpu())) {
            CenterNetModel.save(model, dir);
        }
        assertThatThrownBy(() -> CenterNetModel.load(dir, config, Device.cpu()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(CenterNetModel.paramFile(dir).toAbsolutePath().toString());
    }

    @Test
    void unknownDeviceNameIsRejected() {
        assertThatThrownBy(() -> DeviceChoice.resolve("tpu")).hasMessageContaining("tpu");
        assertThat(DeviceChoice.resolve("cpu")).isEqualTo(Device.cpu());
        assertThat(DeviceChoice.resolve("auto")).isNotNull();
    }

    @Test
    void corruptStreamNamesItsSource() {
        java.io.InputStream in = new java.io.ByteArrayInputStream(new byte[] {9, 9, 9});
        assertThatThrownBy(() -> CenterNetModel.load(in, "classpath:some/model.params", config, Device.cpu()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("classpath:some/model.params");
    }

    @Test
    void truncatedWeightsFileNamesThePath() throws Exception {
        try (Model model = CenterNetModel.newModel(config, Device.cpu())) {
            CenterNetModel.save(model, dir);
        }
        byte[] all = Files.readAllBytes(CenterNetModel.paramFile(dir));
        Files.write(CenterNetModel.paramFile(dir), java.util.Arrays.copyOf(all, all.length / 2));
        assertThatThrownBy(() -> CameraDetector.load(dir, config, "cpu"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(CenterNetModel.paramFile(dir).toAbsolutePath().toString());
    }
}
