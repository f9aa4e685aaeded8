package io.avstack.perception.lidar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import ai.djl.Model;
import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.LidarScan;
import io.avstack.perception.camera.TrainerConfig;
import io.avstack.perception.nn.TorchThreads;
import io.avstack.perception.nn.TrainingLoop;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LidarTrainerTest {

    private final LidarDetectorConfig config = LidarTestData.tiny();

    @TempDir
    Path dir;

    @BeforeAll
    static void oneThread() {
        // Two OpenMP threads on the shared 2-core machine stall under load; one is faster here.
        TorchThreads.setIntraOp(1);
    }

    @Test
    void thirtyStepsOnSyntheticScenesLowerTheLossAndWriteALoadableModel() throws Exception {
        LidarSampleSource source = LidarTestData.randomScenes(16, 7);
        List<Float> losses = new ArrayList<>();
        TrainerConfig tc = new TrainerConfig(10, 4, 5e-3, 42, true, true, 30);
        TrainingLoop.Result r;
        try (Model model = BevCenterNetModel.newModel(config, Device.cpu(), 42)) {
            r = new LidarTrainer(config, tc).trainAndSave(model, source, (e, s, l) -> losses.add(l), dir);
        }
        assertThat(r.steps()).isEqualTo(30);
        assertThat(losses).hasSize(30).allMatch(Float::isFinite);
        float first = (losses.get(0) + losses.get(1) + losses.get(2)) / 3;
        float last = (losses.get(27) + losses.get(28) + losses.get(29)) / 3;
        assertThat(last).as("losses %s", losses).isLessThan(first * 0.6f);

        LidarModelMetadata meta = LidarModelMetadata.read(dir);
        assertThat(meta.classes()).isEqualTo(config.classes());
        assertThat(meta.grid()).isEqualTo(config.grid());
        assertThat(meta.seed()).isEqualTo(42);
        assertThat(meta.steps()).isEqualTo(30);
        assertThat(meta.frames()).isEqualTo(16);
        assertThat(meta.detectorConfig()).isEqualTo(config);
        try (LidarDetector detector = LidarDetector.load(dir, Extrinsics.IDENTITY, "cpu")) {
            LidarSample s = source.sample(0);
            LidarScan scan = new LidarScan(Header.of("lidar_top", 3, 77), s.xyzi(), new int[s.points()]);
            assertThat(detector.detect(scan).header().stampNs()).isEqualTo(77);
            assertThat(detector.rejectedCount()).isZero();
            assertThat(detector.failedCount()).isZero();
        }
    }

    @Test
    void trainingOnNarrowWindowsGivesAModelForTheWholeGrid() throws Exception {
        LidarSampleSource source = LidarTestData.randomScenes(8, 9);
        TrainerConfig tc = new TrainerConfig(1, 4, 5e-3, 1, true, false, 0);
        try (Model model = BevCenterNetModel.newModel(config, Device.cpu(), 1)) {
            LidarTrainer trainer = new LidarTrainer(config, tc, 6.4);
            TrainingLoop.Result r = trainer.train(model, source, null);
            assertThat(r.steps()).isEqualTo(2);
            assertThat(r.lastEpochLoss()).isFinite();
            try (LidarDetector d = new LidarDetector(model, config, Extrinsics.IDENTITY)) {
                LidarSample s = source.sample(0);
                assertThat(d.detect(new LidarScan(Header.of("lidar_top", 0, 0), s.xyzi(), new int[s.points()]))
                        .header().valid()).isTrue();
                assertThat(d.failedCount()).isZero();
            }
        }
        assertThatThrownBy(() -> new LidarTrainer(config, tc, 6.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LidarTrainer(config, tc, 20)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWindowBatchHasTheWindowsShape() {
        LidarSampleSource source = LidarTestData.randomScenes(4, 3);
        TrainerConfig tc = new TrainerConfig(1, 4, 5e-3, 1, false, false, 0);
        try (ai.djl.ndarray.NDManager m = ai.djl.ndarray.NDManager.newBaseManager()) {
            ai.djl.ndarray.NDList b = new LidarTrainer(config, tc, 6.4).batch(m, source, new int[] {0, 1, 2, 3}, 1, 3,
                    new java.util.SplittableRandom(1));
            assertThat(b.get(0).getShape().getShape()).containsExactly(2, BevRasteriser.CHANNELS, 32, 16);
            assertThat(b.get(1).getShape().getShape()).containsExactly(2, 4, 16, 8);
            assertThat(b.get(3).sum().getFloat()).as("centres in the window").isPositive();
        }
    }
}
