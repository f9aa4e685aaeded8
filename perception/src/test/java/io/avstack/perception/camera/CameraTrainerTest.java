package io.avstack.perception.camera;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Device;
import ai.djl.Model;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ImageEncoding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import io.avstack.perception.nn.TorchThreads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CameraTrainerTest {

    private final DetectorConfig config = TestConfigs.tiny();

    @TempDir
    Path dir;

    @BeforeAll
    static void oneThread() {
        // Two OpenMP threads on the shared 2-core machine stall for seconds under load; one is ~10x faster here.
        TorchThreads.setIntraOp(1);
    }

    @Test
    void thirtyStepsOnSyntheticRectanglesLowerTheLossClearly() throws Exception {
        List<TrainingSample> samples = SyntheticScenes.make(16, 96, 64, 7);
        List<Float> losses = new ArrayList<>();
        TrainerConfig tc = new TrainerConfig(10, 4, 5e-3, 42, false, false, 30);
        try (Model model = CenterNetModel.newModel(config, Device.cpu(), 42)) {
            new CameraTrainer(config, tc).trainAndSave(model, samples, (e, s, l) -> losses.add(l), dir);
        }
        assertThat(losses).hasSize(30).allMatch(Float::isFinite);
        float first = (losses.get(0) + losses.get(1) + losses.get(2)) / 3;
        float last = (losses.get(27) + losses.get(28) + losses.get(29)) / 3;
        assertThat(last).as("losses %s", losses).isLessThan(first * 0.6f);

        ModelMetadata meta = ModelMetadata.read(dir);
        assertThat(meta.classes()).isEqualTo(config.classes());
        assertThat(meta.inputWidthPx()).isEqualTo(96);
        assertThat(meta.seed()).isEqualTo(42);
        assertThat(meta.steps()).isEqualTo(30);
        assertThat(meta.detectorConfig().withInputSize(96, 64)).isEqualTo(config);
        try (CameraDetector detector = CameraDetector.load(dir, meta.detectorConfig(), "cpu")) {
            TrainingSample s = samples.get(0);
            CameraFrame frame = new CameraFrame(Header.of("camera_front", 0, 0), 96, 64, ImageEncoding.RGB8, "",
                    s.image().data());
            assertThat(detector.detect(frame)).isNotNull();
            assertThat(detector.rejectedCount()).isZero();
            assertThat(detector.failedCount()).isZero();
        }
    }

    /** The depthwise-separable network trains too, and its metadata names it so it loads (folded) again. */
    @Test
    void depthwiseArchitectureTrainsAndIsRecordedInTheMetadata() throws Exception {
        DetectorConfig dw = config.withArchitecture(CameraArchitecture.FPN_LITE_DW);
        List<TrainingSample> samples = SyntheticScenes.make(16, 96, 64, 7);
        List<Float> losses = new ArrayList<>();
        TrainerConfig tc = new TrainerConfig(10, 4, 5e-3, 42, false, false, 30);
        try (Model model = CenterNetModel.newModel(dw, Device.cpu(), 42)) {
            new CameraTrainer(dw, tc).trainAndSave(model, samples, (e, s, l) -> losses.add(l), dir);
        }
        assertThat(losses).hasSize(30).allMatch(Float::isFinite);
        float first = (losses.get(0) + losses.get(1) + losses.get(2)) / 3;
        float last = (losses.get(27) + losses.get(28) + losses.get(29)) / 3;
        assertThat(last).as("losses %s", losses).isLessThan(first * 0.6f);
        ModelMetadata meta = ModelMetadata.read(dir);
        assertThat(meta.architecture()).isEqualTo("fpn-lite-dw");
        assertThat(meta.detectorConfig().withInputSize(96, 64)).isEqualTo(dw);
        try (CameraDetector detector = CameraDetector.load(dir, meta.detectorConfig(), "cpu")) {
            TrainingSample s = samples.get(0);
            CameraFrame frame = new CameraFrame(Header.of("camera_front", 0, 0), 96, 64, ImageEncoding.RGB8, "",
                    s.image().data());
            assertThat(detector.detect(frame)).isNotNull();
            assertThat(detector.failedCount()).isZero();
        }
    }

    /** The confusion-weighted loss still trains (and the metadata records how the weights were made). */
    @Test
    void confusionWeightedTrainingLowersTheLossAndRecordsTheCommands() throws Exception {
        List<TrainingSample> samples = SyntheticScenes.make(16, 96, 64, 7);
        List<Float> losses = new ArrayList<>();
        TrainerConfig tc = new TrainerConfig(10, 4, 5e-3, 42, false, false, 30, CenterNetLoss.SIZE_WEIGHT, 4);
        try (Model model = CenterNetModel.newModel(config, Device.cpu(), 42)) {
            new CameraTrainer(config, tc).trainAndSave(model, samples, (e, s, l) -> losses.add(l), dir,
                    List.of("first command", "second command"));
        }
        assertThat(losses).hasSize(30).allMatch(Float::isFinite);
        float first = (losses.get(0) + losses.get(1) + losses.get(2)) / 3;
        float last = (losses.get(27) + losses.get(28) + losses.get(29)) / 3;
        assertThat(last).as("losses %s", losses).isLessThan(first * 0.6f);
        assertThat(ModelMetadata.read(dir).trainingCommands()).containsExactly("first command", "second command");
    }

    @Test
    void augmentedRobustnessTrainingRunsWithFiniteLoss() {
        List<TrainingSample> samples = SyntheticScenes.make(4, 96, 64, 3);
        TrainerConfig tc = new TrainerConfig(1, 2, 1e-3, 1, true, true, 0);
        List<Float> losses = new ArrayList<>();
        try (Model model = CenterNetModel.newModel(config, Device.cpu())) {
            float loss = new CameraTrainer(config, tc).train(model, samples, (e, s, l) -> losses.add(l));
            assertThat(loss).isFinite();
        }
        assertThat(losses).hasSize(2);
    }

    @Test
    void sameSeedGivesTheSameLosses() {
        List<TrainingSample> samples = SyntheticScenes.make(4, 96, 64, 11);
        TrainerConfig tc = new TrainerConfig(1, 2, 1e-3, 5, true, false, 0);
        List<Float> a = new ArrayList<>();
        List<Float> b = new ArrayList<>();
        try (Model m1 = CenterNetModel.newModel(config, Device.cpu(), 5)) {
            new CameraTrainer(config, tc).train(m1, samples, (e, s, l) -> a.add(l));
        }
        try (Model m2 = CenterNetModel.newModel(config, Device.cpu(), 5)) {
            new CameraTrainer(config, tc).train(m2, samples, (e, s, l) -> b.add(l));
        }
        assertThat(a).hasSize(2).isEqualTo(b);
    }

    @Test
    void learningRateWarmsUpThenDecaysByCosineToTheFinalFraction() {
        TrainerConfig tc = new TrainerConfig(10, 10, 1e-3, 1, false, false, 0);
        CameraTrainer trainer = new CameraTrainer(config, tc);
        int total = trainer.totalSteps(1001); // 101 batches per epoch
        assertThat(total).isEqualTo(1010);
        ai.djl.training.tracker.Tracker lr = trainer.learningRate(total);
        int warmUp = total * CameraTrainer.WARM_UP_FRACTION_PCT / 100;
        assertThat(lr.getNewValue(0)).isCloseTo(1e-4f, org.assertj.core.data.Offset.offset(1e-6f));
        assertThat(lr.getNewValue(warmUp)).isCloseTo(1e-3f, org.assertj.core.data.Offset.offset(2e-5f));
        assertThat(lr.getNewValue(total)).isCloseTo(2e-5f, org.assertj.core.data.Offset.offset(1e-6f));
        for (int step = warmUp; step < total; step += 50) {
            assertThat(lr.getNewValue(step + 50)).as("step %d", step).isLessThanOrEqualTo(lr.getNewValue(step));
        }
        assertThat(new CameraTrainer(config, new TrainerConfig(10, 10, 1e-3, 1, false, false, 7)).totalSteps(1001))
                .isEqualTo(7);
    }
}
