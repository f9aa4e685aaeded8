package io.avstack.vehicle.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Detection2D;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ImageEncoding;
import io.avstack.core.msg.ObjectClass;
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

    @Test
    void aJpegTheDetectorHalvesAnywayIsDecodedAtHalfSizeAndItsBoxesScaledBack() {
        CameraStage halving = new CameraStage() {
            @Override
            public List<CameraDetection> detect(CameraFrame frame) {
                seen.add(frame);
                return List.of(new CameraDetection(new Detection2D(ObjectClass.CAR, 0.9, 1.5, 2.0, 10.25, 20.0), 12.5));
            }

            @Override
            public int decodeReduction(int widthPx, int heightPx) {
                return widthPx == 64 && heightPx == 48 ? 2 : 1;
            }
        };
        DecodingCameraStage stage = new DecodingCameraStage(halving);
        List<CameraDetection> out = stage.detect(CameraFrameCodec.toJpeg(grey(100), 95));
        assertThat(seen).singleElement().satisfies(f -> {
            assertThat(f.widthPx()).isEqualTo(32);
            assertThat(f.heightPx()).isEqualTo(24);
            assertThat(f.data()[0] & 0xFF).isBetween(98, 102);
        });
        assertThat(out).containsExactly(
                new CameraDetection(new Detection2D(ObjectClass.CAR, 0.9, 3.0, 4.0, 20.5, 40.0), 12.5));
        // a raw frame of that size, and a PNG, are handed over as they are
        seen.clear();
        assertThat(stage.detect(grey(100))).containsExactly(
                new CameraDetection(new Detection2D(ObjectClass.CAR, 0.9, 1.5, 2.0, 10.25, 20.0), 12.5));
        assertThat(seen.get(0).widthPx()).isEqualTo(64);
    }
}
