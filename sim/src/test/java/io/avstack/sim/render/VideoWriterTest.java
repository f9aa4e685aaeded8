package io.avstack.sim.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Header;
import io.avstack.sim.scene.Scene;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VideoWriterTest {

    @Test
    void cameraAndBirdsEyeFramesSideBySideMakeAReadableMp4(@TempDir Path dir) throws Exception {
        CameraRenderer camera = new CameraRenderer(RenderScenes.VGA, RenderScenes.WINDSCREEN,
                CameraRenderConfig.defaults(5));
        BevRenderer bev = new BevRenderer(480, 480, 0.25);
        Path file = dir.resolve("drive.mp4");
        int frames = 12;
        String codec;
        try (VideoWriter video = new VideoWriter(file, 1120, 480, 10)) {
            codec = video.codecName();
            for (int i = 0; i < frames; i++) {
                Scene scene = RenderScenes.busyCurveAt(22 + i, i * 100_000_000L);
                CameraFrame frame = camera.render(scene, Header.of("camera_front", i, scene.simTimeNs()), "front");
                BufferedImage both = VideoWriter.sideBySide(Png.toImage(frame), bev.render(scene, BevOverlay.NONE));
                video.write(both);
            }
            assertThat(video.framesWritten()).isEqualTo(frames);
        }
        assertThat(codec).isIn("h264 (libopenh264)", "mpeg4");

        int read = 0;
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            assertThat(grabber.getImageWidth()).isEqualTo(1120);
            assertThat(grabber.getImageHeight()).isEqualTo(480);
            Frame f;
            while ((f = grabber.grabImage()) != null) {
                read++;
            }
            grabber.stop();
        }
        assertThat(read).isEqualTo(frames);
    }

    @Test
    void rgbCameraFramesAreWrittenDirectly(@TempDir Path dir) throws Exception {
        CameraRenderer camera = new CameraRenderer(RenderScenes.VGA, RenderScenes.WINDSCREEN,
                CameraRenderConfig.defaults(5));
        Path file = dir.resolve("camera.mp4");
        try (VideoWriter video = new VideoWriter(file, 640, 480, 30)) {
            for (int i = 0; i < 3; i++) {
                video.write(camera.render(RenderScenes.busyCurve(i), Header.of("camera_front", i, i), "front"));
            }
        }
        try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
            grabber.start();
            assertThat(grabber.getLengthInVideoFrames()).isBetween(3, 4);
            grabber.stop();
        }
    }

    @Test
    void oddSizesAndMismatchedFramesAreRejected(@TempDir Path dir) {
        assertThatThrownBy(() -> new VideoWriter(dir.resolve("x.mp4"), 641, 480, 30)).hasMessageContaining("641x480");
        try (VideoWriter video = new VideoWriter(dir.resolve("y.mp4"), 64, 48, 30)) {
            assertThatThrownBy(() -> video.write(new BufferedImage(32, 48, BufferedImage.TYPE_INT_RGB)))
                    .hasMessageContaining("32x48");
        }
    }
}
