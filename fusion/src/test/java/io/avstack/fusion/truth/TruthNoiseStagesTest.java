package io.avstack.fusion.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.geom.TransformTree;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Detections3D;
import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.GroundTruth;
import io.avstack.core.msg.GroundTruthObject;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ImageEncoding;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.PlanarVelocity;
import io.avstack.core.msg.Pose;
import io.avstack.fusion.Fixtures;
import io.avstack.perception.camera.CameraDetection;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The diagnostic stages: truth in view is reported, deterministically; black frames and empty scans report nothing. */
class TruthNoiseStagesTest {

    private static final long T = 1_000_000_000L;
    private final TransformTree tree = Fixtures.tree();
    private final TruthNoiseParams params = TruthNoiseParams.defaults();
    private final GroundTruthHistory history = new GroundTruthHistory(8);

    TruthNoiseStagesTest() {
        // ego at the origin facing +x; a car 20 m ahead, another 25 m behind
        history.record(new GroundTruth(Header.of("map", 0, T), Pose.planar(0, 0, 0), 10, List.of(
                new GroundTruthObject(1, ObjectClass.CAR, Pose.planar(20, 0, 0), new Dimensions(4.6, 1.85, 1.5),
                        new PlanarVelocity(10, 0)),
                new GroundTruthObject(2, ObjectClass.CAR, Pose.planar(-25, 0, 0), new Dimensions(4.6, 1.85, 1.5),
                        new PlanarVelocity(10, 0)))));
    }

    private static CameraFrame frame(int level, boolean valid) {
        byte[] data = new byte[640 * 480 * 3];
        Arrays.fill(data, (byte) level);
        return new CameraFrame(new Header("camera_front", 0, T, valid), 640, 480, ImageEncoding.RGB8, "camera_front", data);
    }

    @Test
    void cameraReportsTheCarInViewDeterministicallyAndNothingInABlackFrame() {
        TruthNoiseCameraStage stage = new TruthNoiseCameraStage(params.camera(), tree, "camera_front", history, 5);
        List<CameraDetection> a = stage.detect(frame(100, true));
        List<CameraDetection> b = new TruthNoiseCameraStage(params.camera(), tree, "camera_front", history, 5)
                .detect(frame(100, true));
        assertThat(a).isEqualTo(b);
        assertThat(a).filteredOn(d -> d.box().score() > 0.5).singleElement().satisfies(d -> {
            assertThat(d.box().cls()).isEqualTo(ObjectClass.CAR);
            assertThat((d.box().xMinPx() + d.box().xMaxPx()) / 2).isCloseTo(319.5, within(5.0));
        });
        assertThat(stage.detect(frame(0, true))).as("blackout").isEmpty();
        assertThat(stage.detect(frame(100, false))).as("invalid frame").isEmpty();
    }

    @Test
    void lidarNeedsPointsInsideTheBox() {
        TruthNoiseLidarStage stage = new TruthNoiseLidarStage(params.lidar(), tree, "lidar_top", history, 5);
        Detections3D none = stage.detect(new LidarScan(Header.of("lidar_top", 0, T), new float[0], new int[0]));
        assertThat(none.detections()).filteredOn(d -> d.score() > 0.5).isEmpty();
        // 20 points on the rear face of the car ahead (sensor frame: lidar 1.4 m ahead, 1.95 m up)
        float[] xyzi = new float[20 * 4];
        for (int i = 0; i < 20; i++) {
            xyzi[4 * i] = (float) (20 - 2.3 - 1.4);
            xyzi[4 * i + 1] = -0.8f + 0.08f * i;
            xyzi[4 * i + 2] = (float) (0.8 - 1.95);
            xyzi[4 * i + 3] = 0.5f;
        }
        Detections3D seen = stage.detect(new LidarScan(Header.of("lidar_top", 1, T), xyzi, new int[20]));
        assertThat(seen.header().frameId()).isEqualTo("lidar_top");
        assertThat(seen.detections()).filteredOn(d -> d.score() > 0.5).singleElement().satisfies(d -> {
            assertThat(d.xM()).isCloseTo(20 - 1.4, within(0.5));
            assertThat(d.yM()).isCloseTo(0, within(0.5));
        });
    }

    @Test
    void historyFindsExactStampsAndForgetsTheOldest() {
        GroundTruthHistory h = new GroundTruthHistory(2);
        for (long t = 0; t < 3; t++) {
            h.record(new GroundTruth(Header.of("map", t, t), Pose.planar(0, 0, 0), 0, List.of()));
        }
        assertThat(h.at(0)).isNull();
        assertThat(h.at(2)).isNotNull();
        assertThat(h.at(5)).isNull();
    }
}
