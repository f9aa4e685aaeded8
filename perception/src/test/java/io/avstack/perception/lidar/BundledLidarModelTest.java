package io.avstack.perception.lidar;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.Detections3D;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.ObjectClass;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BundledLidarModelTest {

    @Test
    void theShippedModelLoadsFromTheClasspathAndRuns() {
        LidarModelMetadata meta = BundledLidarModel.metadata();
        assertThat(meta.classes()).isEqualTo(LidarDetectorConfig.DEFAULT_CLASSES);
        assertThat(meta.grid()).isEqualTo(BevGrid.defaults());
        LidarDetectorConfig config = BundledLidarModel.config();
        // its accuracy on simulator scans is checked by the system test LidarAccuracyFloorTest (this
        // module cannot see the simulator; a hand-made point pattern is not what it was trained on)
        BevBox car = new BevBox(ObjectClass.CAR, 15, 2, 4.5, 1.8, 1.5, 0);
        LidarSample s = LidarTestData.scene(new BevGrid(0, 32, -9.6, 9.6, 0.4, -0.5, 4.5), List.of(car),
                new SplittableRandom(4));
        try (LidarDetector d = BundledLidarModel.load(config, Extrinsics.IDENTITY, "cpu")) {
            Detections3D out = d.detect(new LidarScan(Header.of("lidar_top", 0, 0), s.xyzi(), new int[s.points()]));
            assertThat(out.header().valid()).isTrue();
            assertThat(out.detections()).isNotEmpty().allSatisfy(det -> assertThat(det.score()).isBetween(0.2, 1.0));
            assertThat(d.failedCount()).isZero();
            assertThat(d.config().baseChannels()).isEqualTo(meta.baseChannels());
        }
    }
}
