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
}
