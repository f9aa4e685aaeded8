package io.avstack.perception.lidar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.translate.NoopTranslator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BevCenterNetModelTest {

    private final LidarDetectorConfig config = LidarTestData.tiny();

    @TempDir
    Path dir;

    private float[] run(Model model, float[] input) throws Exception {
        try (NDManager m = NDManager.newBaseManager();
             Predictor<NDList, NDList> p = model.newPredictor(new NoopTranslator())) {
            NDList out = p.predict(new NDList(m.create(input, BevCenterNetModel.inputShape(config))));
            assertThat(out.singletonOrThrow().getShape().getShape())
                    .containsExactly(1, BevLayout.channels(4), config.outputRows(), config.outputCols());
            return out.singletonOrThrow().toFloatArray();
        }
    }

    private float[] randomInput() {
        float[] input = new float[(int) BevCenterNetModel.inputShape(config).size()];
        SplittableRandom rng = new SplittableRandom(3);
        for (int i = 0; i < input.length; i++) {
            input[i] = (float) rng.nextDouble();
        }
        return input;
    }

    @Test
    void saveLoadRoundTripGivesIdenticalOutputs() throws Exception {
        float[] input = randomInput();
        float[] before;
        try (Model model = BevCenterNetModel.newModel(config, Device.cpu(), 5)) {
            before = run(model, input);
            BevCenterNetModel.save(model, dir);
        }
        try (Model loaded = BevCenterNetModel.load(dir, config, Device.cpu())) {
            assertThat(run(loaded, input)).containsExactly(before);
        }
    }

    @Test
    void aMissingWeightsFileIsNamed() {
        assertThatThrownBy(() -> BevCenterNetModel.load(dir, config, Device.cpu()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(BevCenterNetModel.paramFile(dir).toAbsolutePath().toString())
                .hasMessageContaining("not found");
    }

    @Test
    void corruptOrMismatchedWeightsAreRefusedNamingThePath() throws Exception {
        Files.write(BevCenterNetModel.paramFile(dir), new byte[] {1, 2, 3, 4, 5});
        assertThatThrownBy(() -> BevCenterNetModel.load(dir, config, Device.cpu()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(BevCenterNetModel.paramFile(dir).toAbsolutePath().toString());
        try (Model wider = BevCenterNetModel.newModel(config.withBaseChannels(6), Device.cpu(), 1)) {
            BevCenterNetModel.save(wider, dir);
        }
        assertThatThrownBy(() -> BevCenterNetModel.load(dir, config, Device.cpu()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shape");
    }
}
