package io.avstack.fusion.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ImageEncoding;
import io.avstack.perception.camera.CameraDetector;
import io.avstack.perception.camera.CenterNetModel;
import io.avstack.perception.camera.DetectorConfig;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CameraStageTest {

    private static final DetectorConfig CONFIG = DetectorConfig.defaults().withInputSize(64, 48);

    private static CameraDetector detector() {
        return new CameraDetector(CenterNetModel.newModel(CONFIG, Device.cpu()), CONFIG);
    }

    private static CameraFrame frame() {
        return new CameraFrame(Header.of("camera_front", 1, 0), 128, 96, ImageEncoding.RGB8, "camera_front",
                new byte[128 * 96 * 3]);
    }

    @Test
    void aSharedStageRunsItsHookBeforeEachFrameAndLeavesTheDetectorOpen() {
        CameraDetector detector = detector();
        try {
            AtomicInteger hooks = new AtomicInteger();
            CameraStage stage = CameraStage.shared(detector, hooks::incrementAndGet);
            stage.detect(frame());
            stage.detect(frame());
            assertThat(hooks).hasValue(2);
            assertThat(stage.decodeReduction(128, 96)).isEqualTo(2);
            assertThat(stage.decodeReduction(100, 96)).isEqualTo(1);
            stage.close();
            assertThat(detector.detectWithDistance(frame())).as("still usable").isNotNull();
        } finally {
            detector.close();
        }
    }

    @Test
    void anOwningStageClosesItsDetector() {
        CameraDetector detector = detector();
        CameraStage stage = CameraStage.of(detector);
        assertThat(stage.decodeReduction(128, 96)).isEqualTo(2);
        stage.close();
        assertThatThrownBy(() -> detector.detectWithDistance(frame())).isInstanceOf(IllegalStateException.class);
    }
}
