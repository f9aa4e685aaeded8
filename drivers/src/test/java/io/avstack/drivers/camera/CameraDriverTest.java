package io.avstack.drivers.camera;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.ImageEncoding;
import io.avstack.core.time.ManualClock;
import io.avstack.core.time.Sleeper;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.opencv_core.Mat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CameraDriverTest {

    static final String TOPIC = TopicNames.topic("ego", StandardTopics.CAMERA_FRONT);
    static final int W = 64;
    static final int H = 48;
    static final int FRAMES = 20;

    @TempDir
    static Path dir;
    static Path video;

    private final List<CameraFrame> frames = new CopyOnWriteArrayList<>();
    private final InProcessBus bus = InProcessBus.synchronous(TopicRegistry.standard("ego"));
    private final ManualClock clock = new ManualClock(1_000_000_000L);

    CameraDriverTest() {
        bus.subscribe(TOPIC, (t, m) -> frames.add((CameraFrame) m));
    }

    /** Frame {@code i}: left half red level 10 i, right half blue level 200 - 5 i (RGB). */
    static int[] rgbAt(int i, int x) {
        return x < W / 2 ? new int[] {10 * i, 0, 0} : new int[] {0, 0, 200 - 5 * i};
    }

    /** A lossless FFV1 (planar RGB) video written with FFmpegFrameRecorder, as the tests generate their data. */
    @BeforeAll
    static void writeVideo() throws Exception {
        video = dir.resolve("drive.mkv");
        try (FFmpegFrameRecorder rec = new FFmpegFrameRecorder(video.toFile(), W, H, 0)) {
            rec.setFormat("matroska");
            rec.setVideoCodec(avcodec.AV_CODEC_ID_FFV1);
            rec.setVideoQuality(0);
            rec.setPixelFormat(avutil.AV_PIX_FMT_BGR0);
            rec.setFrameRate(30);
            rec.start();
            for (int i = 0; i < FRAMES; i++) {
                Frame f = new Frame(W, H, Frame.DEPTH_UBYTE, 3);
                ByteBuffer buf = (ByteBuffer) f.image[0];
                for (int y = 0; y < H; y++) {
                    for (int x = 0; x < W; x++) {
                        int[] rgb = rgbAt(i, x);
                        int at = y * f.imageStride + 3 * x;
                        buf.put(at, (byte) rgb[0]).put(at + 1, (byte) rgb[1]).put(at + 2, (byte) rgb[2]);
                    }
                }
                rec.record(f, avutil.AV_PIX_FMT_RGB24);
            }
        }
    }

    private CameraDriver driver(CameraSettings s, Sleeper sleeper) {
        return new CameraDriver(bus, TOPIC, s, clock, sleeper, CameraDriver::ffmpeg);
    }

    @Test
    void aVideoFileIsPublishedFrameByFrameWithExactPixels() throws Exception {
        try (CameraDriver d = driver(CameraSettings.file(video.toString(), "camera_front"), Sleeper.SYSTEM).start()) {
            assertThat(d.awaitFinished(20_000)).isTrue();
            assertThat(d.framesPublished()).isEqualTo(FRAMES);
        }
        assertThat(frames).hasSize(FRAMES);
        for (int i = 0; i < FRAMES; i++) {
            CameraFrame f = frames.get(i);
            assertThat(f.header().seq()).isEqualTo(i);
            assertThat(f.header().stampNs()).isEqualTo(1_000_000_000L);
            assertThat(f.encoding()).isEqualTo(ImageEncoding.RGB8);
            assertThat(f.widthPx()).isEqualTo(W);
            assertThat(f.heightPx()).isEqualTo(H);
            for (int x : new int[] {0, W / 2 - 1, W / 2, W - 1}) {
                int at = ((H / 2) * W + x) * 3;
                int[] expected = rgbAt(i, x);
                assertThat(new int[] {f.data()[at] & 0xFF, f.data()[at + 1] & 0xFF, f.data()[at + 2] & 0xFF})
                        .as("frame %d x %d", i, x).containsExactly(expected);
            }
        }
    }

    @Test
    void jpegModePublishesDecodableJpegs() throws Exception {
        try (CameraDriver d = driver(CameraSettings.file(video.toString(), "camera_front").withJpegQuality(90),
                Sleeper.SYSTEM).start()) {
            assertThat(d.awaitFinished(20_000)).isTrue();
        }
        CameraFrame f = frames.get(5);
        assertThat(f.encoding()).isEqualTo(ImageEncoding.JPEG);
        assertThat(f.data().length).isLessThan(W * H * 3);
        try (BytePointer p = new BytePointer(f.data()); Mat decoded = opencv_imgcodecs.imdecode(new Mat(p), opencv_imgcodecs.IMREAD_COLOR)) {
            assertThat(decoded.cols()).isEqualTo(W);
            // BGR: blue channel of the right half is about 200 - 25 = 175
            assertThat(decoded.ptr(H / 2, W - 8).get(0) & 0xFF).isBetween(165, 185);
        }
    }

    @Test
    void aMissingSourceIsRetriedWithDoublingBackoffUntilItAppears() throws Exception {
        Path later = dir.resolve("later.mkv");
        List<Long> waitsMs = new CopyOnWriteArrayList<>();
        Sleeper sleeper = ns -> {
            waitsMs.add(ns / 1_000_000);
            if (waitsMs.size() == 4) {
                try {
                    Files.copy(video, later);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        };
        try (CameraDriver d = driver(CameraSettings.file(later.toString(), "camera_front"), sleeper).start()) {
            assertThat(d.awaitFinished(20_000)).isTrue();
            assertThat(d.openFailures()).isEqualTo(4);
            assertThat(d.framesPublished()).isEqualTo(FRAMES);
        }
        assertThat(waitsMs).containsExactly(100L, 200L, 400L, 800L);
    }

    @Test
    void loopingAFileKeepsPublishingUntilClosed() throws Exception {
        CameraDriver d = driver(CameraSettings.file(video.toString(), "camera_front").withLoop(true), Sleeper.SYSTEM).start();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (frames.size() < 3 * FRAMES && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        d.close();
        assertThat(frames.size()).isGreaterThanOrEqualTo(3 * FRAMES);
        assertThat(d.finished()).isFalse();
    }
}
