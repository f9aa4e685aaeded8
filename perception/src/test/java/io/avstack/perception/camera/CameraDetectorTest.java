package io.avstack.perception.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ImageEncoding;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CameraDetectorTest {

    private static final DetectorConfig CONFIG = TestConfigs.tiny();
    private static CameraDetector detector;

    @BeforeAll
    static void start() {
        detector = new CameraDetector(CenterNetModel.newModel(CONFIG, Device.cpu()), CONFIG);
    }

    @AfterAll
    static void stop() {
        detector.close();
    }

    private static CameraFrame frame(int w, int h, ImageEncoding enc, byte[] data) {
        return new CameraFrame(Header.of("camera_front", 0, 0), w, h, enc, "", data);
    }

    @Test
    void badInputsAreCountedAndReturnNoDetectionsWithoutThrowing() {
        long before = detector.rejectedCount();
        assertThat(detector.detect(null)).isEmpty();
        assertThat(detector.detect(frame(4, 4, ImageEncoding.JPEG, new byte[] {1, 2, 3}))).isEmpty();
        assertThat(detector.detect(frame(4, 4, ImageEncoding.MONO8, new byte[16]))).isEmpty();
        assertThat(detector.detectWithDistance(new RgbImage(0, 0, new byte[0]))).isEmpty();
        assertThat(detector.detectWithDistance(new RgbImage(64, 48, null))).isEmpty();
        assertThat(detector.detectWithDistance(new RgbImage(64, 48, new byte[64 * 47 * 3]))).isEmpty(); // truncated
        assertThat(detector.detectWithDistance(new RgbImage(-64, -48, new byte[64 * 48 * 3]))).isEmpty();
        assertThat(detector.detectWithDistance(new RgbImage(1, 1, new byte[3]))).isEmpty(); // too small
        assertThat(detector.rejectedCount() - before).isEqualTo(8);
        assertThat(detector.failedCount()).isZero();
    }

    @Test
    void goodFramesOfAnySizeAreDetectedFromSeveralThreads() throws Exception {
        long before = detector.rejectedCount();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<List<?>> a = pool.submit(() -> detector.detect(frame(160, 120, ImageEncoding.RGB8,
                    new byte[160 * 120 * 3])));
            Future<List<?>> b = pool.submit(() -> detector.detectWithDistance(new RgbImage(96, 64,
                    new byte[96 * 64 * 3])));
            assertThat(a.get(30, TimeUnit.SECONDS)).isNotNull();
            assertThat(b.get(30, TimeUnit.SECONDS)).isNotNull();
        } finally {
            pool.shutdownNow();
        }
        assertThat(detector.rejectedCount()).isEqualTo(before);
        assertThat(detector.failedCount()).isZero();
    }

    @Test
    void aFrameTwiceTheNetworkInputMayBeDecodedAtHalfSizeAndNoOtherIs() {
        int w = CONFIG.inputWidthPx();
        int h = CONFIG.inputHeightPx();
        assertThat(detector.decodeReduction(2 * w, 2 * h)).isEqualTo(2);
        assertThat(detector.decodeReduction(w, h)).isEqualTo(1);
        assertThat(detector.decodeReduction(4 * w, 4 * h)).as("the translator's area mean, not a 2x2 mean").isEqualTo(1);
        assertThat(detector.decodeReduction(2 * w, 2 * h + 2)).isEqualTo(1);
    }

    @Test
    void closedDetectorRefusesWork() {
        CameraDetector d = new CameraDetector(CenterNetModel.newModel(CONFIG, Device.cpu()), CONFIG);
        d.detectWithDistance(new RgbImage(96, 64, new byte[96 * 64 * 3]));
        d.close();
        assertThatThrownBy(() -> d.detectWithDistance(new RgbImage(96, 64, new byte[96 * 64 * 3])))
                .isInstanceOf(IllegalStateException.class);
    }
}
