package io.avstack.perception.lidar;

import static org.assertj.core.api.Assertions.assertThat;

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
}
