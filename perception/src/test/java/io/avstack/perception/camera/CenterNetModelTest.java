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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
        // Exact as trained; the folded inference form agrees to float rounding (tested below).
        try (Model loaded = CenterNetModel.loadForTraining(dir, config, Device.cpu())) {
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

    private final DetectorConfig dwConfig = config.withArchitecture(CameraArchitecture.FPN_LITE_DW);

    /** One forward pass with the input laid out as the translator lays it out for {@code c}. */
    private static float[] runAsTranslator(Model model, float[] planar, DetectorConfig c) throws Exception {
        int plane = c.inputWidthPx() * c.inputHeightPx();
        float[] values = planar;
        if (c.architecture().channelsLastInput()) {
            values = new float[planar.length];
            for (int ch = 0; ch < 3; ch++) {
                for (int p = 0; p < plane; p++) {
                    values[3 * p + ch] = planar[ch * plane + p];
                }
            }
        }
        try (NDManager m = NDManager.newBaseManager();
             Predictor<NDList, NDList> p = model.newPredictor(new NoopTranslator())) {
            NDList out = p.predict(new NDList(CenterNetModel.input(m, values, c)));
            assertThat(out.singletonOrThrow().getShape())
                    .isEqualTo(new Shape(1, CenterNetLayout.channels(c.numClasses()), 16, 24));
            return out.singletonOrThrow().toFloatArray();
        }
    }

    private static float[] randomInput(long seed) {
        float[] input = new float[3 * 64 * 96];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < input.length; i++) {
            input[i] = (float) rng.nextGaussian();
        }
        return input;
    }

    @ParameterizedTest
    @EnumSource(CameraArchitecture.class)
    void loadsFoldedForInferenceWithTheTrainedOutputs(CameraArchitecture architecture) throws Exception {
        DetectorConfig c = config.withArchitecture(architecture);
        float[] input = randomInput(2);
        float[] before;
        try (Model model = CenterNetModel.newModel(c, Device.cpu(), 5)) {
            // A few training-mode passes move the BatchNorm running statistics off their initial 0 / 1.
            try (NDManager m = NDManager.newBaseManager()) {
                for (int i = 0; i < 3; i++) {
                    model.getBlock().forward(new ai.djl.training.ParameterStore(m, false),
                            new NDList(m.randomNormal(new Shape(2, 3, 64, 96)).add(0.5f)), true);
                }
            }
            before = run(model, input);
            CenterNetModel.save(model, dir);
        }
        try (Model loaded = CenterNetModel.load(dir, c, Device.cpu())) {
            assertThat(loaded.getBlock().getParameters().values())
                    .noneMatch(p -> p.getType() == ai.djl.nn.Parameter.Type.RUNNING_VAR);
            float[] after = runAsTranslator(loaded, input, c);
            for (int i = 0; i < before.length; i++) {
                assertThat(after[i]).as("output %d", i).isCloseTo(before[i], org.assertj.core.api.Assertions.within(1e-3f));
            }
        }
        try (Model asTrained = CenterNetModel.loadForTraining(dir, c, Device.cpu())) {
            assertThat(run(asTrained, input)).containsExactly(before);
            assertThat(asTrained.getBlock().getParameters().values())
                    .anyMatch(p -> p.getType() == ai.djl.nn.Parameter.Type.RUNNING_VAR);
        }
    }

    @Test
    void weightsOfTheOtherArchitectureAreRejectedEitherWay() throws Exception {
        try (Model model = CenterNetModel.newModel(dwConfig, Device.cpu())) {
            CenterNetModel.save(model, dir);
        }
        assertThatThrownBy(() -> CenterNetModel.load(dir, config, Device.cpu()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(CenterNetModel.paramFile(dir).toAbsolutePath().toString());
        try (Model model = CenterNetModel.newModel(config, Device.cpu())) {
            CenterNetModel.save(model, dir);
        }
        assertThatThrownBy(() -> CenterNetModel.load(dir, dwConfig, Device.cpu()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(CenterNetModel.paramFile(dir).toAbsolutePath().toString());
    }

    @Test
    void depthwiseModelIsMuchSmallerThanTheOriginal() {
        // Multiply-adds follow the weights here (same strides); the CPU time ratio is measured, see docs.
        try (Model dw = CenterNetModel.newModel(dwConfig.withBaseChannels(16).withInputSize(320, 240), Device.cpu());
             Model fpn = CenterNetModel.newModel(config.withBaseChannels(16).withInputSize(320, 240), Device.cpu())) {
            assertThat(weights(dw)).isLessThan(weights(fpn) * 3 / 4);
        }
    }

    private static long weights(Model m) {
        long n = 0;
        for (ai.djl.nn.Parameter p : m.getBlock().getParameters().values()) {
            n += p.getArray().size();
        }
        return n;
    }
}
