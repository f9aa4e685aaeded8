package io.avstack.vehicle.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ImageEncoding;
import io.avstack.drivers.camera.CameraFrameCodec;
import io.avstack.fusion.detect.CameraStage;
import io.avstack.perception.camera.CameraDetection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecodingCameraStageTest {

    private final List<CameraFrame> seen = new ArrayList<>();
    private final CameraStage recording = frame -> {
        seen.add(frame);
        return List.of();
    };

    private static CameraFrame grey(int level) {
        byte[] rgb = new byte[64 * 48 * 3];
        Arrays.fill(rgb, (byte) level);
        return new CameraFrame(Header.of("camera_front", 7, 1_000), 64, 48, ImageEncoding.RGB8, "front", rgb);
    }

    @Test
    void rawFramesPassThroughUntouched() {
        CameraFrame raw = grey(100);
        new DecodingCameraStage(recording).detect(raw);
        assertThat(seen).containsExactly(raw);
    }

    @Test
    void jpegFramesReachTheDetectorAsRgb8() {
        CameraFrame jpeg = CameraFrameCodec.toJpeg(grey(100), 95);
        new DecodingCameraStage(recording).detect(jpeg);
        assertThat(seen).hasSize(1);
        CameraFrame rgb = seen.get(0);
        assertThat(rgb.encoding()).isEqualTo(ImageEncoding.RGB8);
        assertThat(rgb.widthPx()).isEqualTo(64);
        assertThat(rgb.heightPx()).isEqualTo(48);
        assertThat(rgb.header()).isEqualTo(jpeg.header());
        assertThat(rgb.data()[0] & 0xFF).isBetween(98, 102); // a flat grey survives JPEG within rounding
    }

    @Test
    void anUndecodableFrameIsDroppedAndCounted() {
        CameraFrame broken = new CameraFrame(Header.of("camera_front", 8, 2_000), 64, 48, ImageEncoding.JPEG, "front",
                new byte[] {1, 2, 3, 4});
        DecodingCameraStage stage = new DecodingCameraStage(recording);
        List<CameraDetection> out = stage.detect(broken);
        assertThat(out).isEmpty();
        assertThat(seen).as("the detector never sees it").isEmpty();
        assertThat(stage.undecodable()).isEqualTo(1);
    }
}
