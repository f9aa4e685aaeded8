package io.avstack.drivers.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ImageEncoding;
import org.junit.jupiter.api.Test;

class CameraFrameCodecTest {

    private static CameraFrame gradient(int w, int h) {
        byte[] rgb = new byte[w * h * 3];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = (y * w + x) * 3;
                rgb[i] = (byte) (x * 255 / (w - 1));
                rgb[i + 1] = (byte) (y * 255 / (h - 1));
                rgb[i + 2] = (byte) 128;
            }
        }
        return new CameraFrame(Header.of("camera_front", 7, 123_456L), w, h, ImageEncoding.RGB8, "camera_front", rgb);
    }

    @Test
    void jpegRoundTripKeepsHeaderSizeAndPixelsWithinTheCompressionError() {
        CameraFrame raw = gradient(64, 48);
        CameraFrame jpeg = CameraFrameCodec.toJpeg(raw, 95);
        assertThat(jpeg.encoding()).isEqualTo(ImageEncoding.JPEG);
        assertThat(jpeg.data().length).isLessThan(raw.data().length);
        CameraFrame back = CameraFrameCodec.toRgb(jpeg);
        assertThat(back.header()).isEqualTo(raw.header());
        assertThat(back.encoding()).isEqualTo(ImageEncoding.RGB8);
        assertThat(back.widthPx()).isEqualTo(64);
        assertThat(back.heightPx()).isEqualTo(48);
        int worst = 0;
        for (int i = 0; i < raw.data().length; i++) {
            worst = Math.max(worst, Math.abs((raw.data()[i] & 0xff) - (back.data()[i] & 0xff)));
        }
        assertThat(worst).as("largest channel error, red and green are gradients, blue 128").isLessThanOrEqualTo(12);
        assertThat(back.data()[3 * (24 * 64 + 63)] & 0xff).as("red at the right edge").isGreaterThan(240);
        assertThat(CameraFrameCodec.toRgb(raw)).isSameAs(raw);
    }

    @Test
    void dataThatIsNotAJpegIsRejectedNamingTheFrame() {
        CameraFrame bad = new CameraFrame(Header.of("camera_front", 9, 1L), 64, 48, ImageEncoding.JPEG, "camera_front",
                new byte[] {1, 2, 3, 4, 5});
        assertThatThrownBy(() -> CameraFrameCodec.toRgb(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("seq 9").hasMessageContaining("does not decode");
        assertThatThrownBy(() -> CameraFrameCodec.toJpeg(gradient(8, 8), 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quality");
    }

    @Test
    void aReducedDecodeIsTheHalfSizeImageWithinTheCompressionError() {
        CameraFrame raw = gradient(64, 48);
        CameraFrame half = CameraFrameCodec.toRgb(CameraFrameCodec.toJpeg(raw, 95), 2);
        assertThat(half.header()).isEqualTo(raw.header());
        assertThat(half.encoding()).isEqualTo(ImageEncoding.RGB8);
        assertThat(half.widthPx()).isEqualTo(32);
        assertThat(half.heightPx()).isEqualTo(24);
        int worst = 0;
        for (int y = 0; y < 24; y++) {
            for (int x = 0; x < 32; x++) {
                for (int c = 0; c < 3; c++) {
                    int mean = 0;
                    for (int k = 0; k < 4; k++) {
                        mean += raw.data()[((2 * y + k / 2) * 64 + 2 * x + k % 2) * 3 + c] & 0xff;
                    }
                    worst = Math.max(worst, Math.abs((mean + 2) / 4 - (half.data()[(y * 32 + x) * 3 + c] & 0xff)));
                }
            }
        }
        assertThat(worst).as("largest channel error against the 2x2 means").isLessThanOrEqualTo(12);
        assertThat(CameraFrameCodec.toRgb(CameraFrameCodec.toJpeg(raw, 95), 8).widthPx()).isEqualTo(8);
    }

    @Test
    void onlyJpegIsReducedAndOnlyByTheDecodersFactors() {
        CameraFrame jpeg = CameraFrameCodec.toJpeg(gradient(64, 48), 95);
        assertThatThrownBy(() -> CameraFrameCodec.toRgb(jpeg, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1, 2, 4 or 8, was 3");
        assertThatThrownBy(() -> CameraFrameCodec.toRgb(gradient(64, 48), 2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JPEG only, got RGB8");
    }
}
