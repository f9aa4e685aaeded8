package io.avstack.perception.lidar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.Detections3D;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.LidarScan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LidarDetectorTest {

    private static final LidarDetectorConfig CONFIG = LidarTestData.tiny().withScoreThreshold(0.01);
    private static LidarDetector detector;

    @BeforeAll
    static void untrained() {
        detector = new LidarDetector(BevCenterNetModel.newModel(CONFIG, Device.cpu(), 1), CONFIG, Extrinsics.IDENTITY);
    }

    @AfterAll
    static void close() {
        detector.close();
    }

    private static LidarScan scan(float[] xyzi) {
        return new LidarScan(Header.of("lidar_top", 9, 1234), xyzi, new int[xyzi.length / 4]);
    }

    @Test
    void aGoodScanGivesValidBoxesInTheVehicleFrameStampedLikeTheScan() {
        LidarSample s = LidarTestData.scene(CONFIG.grid(), List.of(), new SplittableRandom(1));
        long rejected = detector.rejectedCount();
        Detections3D d = detector.detect(scan(s.xyzi()));
        assertThat(d.header().frameId()).isEqualTo(LidarDetector.VEHICLE_FRAME);
        assertThat(d.header().stampNs()).isEqualTo(1234);
        assertThat(d.header().seq()).isEqualTo(9);
        assertThat(d.header().valid()).isTrue();
        assertThat(d.detections()).allMatch(b -> b.score() >= 0.01);
        assertThat(detector.rejectedCount()).isEqualTo(rejected);
    }

    @Test
    void badScansAreCountedAndAnsweredWithAnInvalidEmptyList() {
        long before = detector.rejectedCount();
        Detections3D empty = detector.detect(scan(new float[0]));
        Detections3D none = detector.detect(null);
        Detections3D allNaN = detector.detect(scan(new float[] {Float.NaN, 0, 0, 0, 1, Float.NaN, 0, 0}));
        assertThat(List.of(empty, none, allNaN)).allSatisfy(d -> {
            assertThat(d.detections()).isEmpty();
            assertThat(d.header().valid()).isFalse();
        });
        assertThat(detector.rejectedCount()).isEqualTo(before + 3);
        assertThat(detector.failedCount()).isZero();
    }

    @Test
    void nonFinitePointsInAGoodScanAreDroppedAndCounted() {
        long before = detector.badPointCount();
        long rejected = detector.rejectedCount();
        Detections3D d = detector.detect(scan(new float[] {1, 0, 0.5f, 0.3f, Float.NaN, 1, 1, 1, 2, 1, Float.POSITIVE_INFINITY, 0}));
        assertThat(d.header().valid()).isTrue();
        assertThat(detector.badPointCount()).isEqualTo(before + 2);
        assertThat(detector.rejectedCount()).isEqualTo(rejected);
    }

    @Test
    void anInvalidScanGivesInvalidDetections() {
        LidarScan invalid = new LidarScan(new Header("lidar_top", 1, 5, false), new float[] {1, 0, 0.5f, 0.3f},
                new int[1]);
        assertThat(detector.detect(invalid).header().valid()).isFalse();
    }

    @Test
    void missingMetadataOrWeightsFailAtLoadNamingThePath(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> LidarDetector.load(dir, Extrinsics.IDENTITY, "cpu"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(dir.resolve(LidarModelMetadata.FILE_NAME).toAbsolutePath().toString());
        new LidarModelMetadata(CONFIG.classes(), CONFIG.grid(), 4, 2, 0, 1, 1, 1, 1.0, null).write(dir);
        assertThatThrownBy(() -> LidarDetector.load(dir, Extrinsics.IDENTITY, "cpu"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(BevCenterNetModel.paramFile(dir).toAbsolutePath().toString());
        Files.writeString(dir.resolve(LidarModelMetadata.FILE_NAME), "{ not json");
        assertThatThrownBy(() -> LidarDetector.load(dir, Extrinsics.IDENTITY, "cpu"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(dir.resolve(LidarModelMetadata.FILE_NAME).toAbsolutePath().toString());
    }
}
