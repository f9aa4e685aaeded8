package io.avstack.drivers;

import static org.assertj.core.api.Assertions.assertThat;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.junit.jupiter.api.Test;

/** The linux-x86_64 OpenCV natives shipped with JavaCV load and work (JPEG round trip). */
class JavaCvNativesSmokeTest {

    @Test
    void opencvEncodesAndDecodesJpeg() {
        try (Mat image = new Mat(48, 64, opencv_core.CV_8UC3, new Scalar(40, 120, 200, 0));
             BytePointer jpeg = new BytePointer()) {
            assertThat(opencv_imgcodecs.imencode(".jpg", image, jpeg)).isTrue();
            assertThat(jpeg.limit()).isPositive();
            try (Mat decoded = opencv_imgcodecs.imdecode(new Mat(jpeg), opencv_imgcodecs.IMREAD_COLOR)) {
                assertThat(decoded.cols()).isEqualTo(64);
                assertThat(decoded.rows()).isEqualTo(48);
                assertThat(decoded.ptr(24, 32).get(2) & 0xFF).isBetween(190, 210);
            }
        }
    }
}
