package io.avstack.drivers.camera;

import io.avstack.core.config.OptionalKey;
import io.avstack.core.config.Range;
import java.util.Objects;

/**
 * Camera driver settings (YAML-loadable).
 *
 * @param source         a V4L2 device ({@code /dev/video0}), a video file path, or a stream URL
 *                       ({@code rtsp://...}, {@code http://...})
 * @param frameId        frame id of the published frames, e.g. {@code "camera_front"}
 * @param intrinsicsId   calibration entry of this camera
 * @param widthPx        requested width (0 = the source's)
 * @param heightPx       requested height (0 = the source's)
 * @param jpegQuality    0 = publish raw RGB8; 1..100 = publish JPEG at that quality (for MQTT)
 * @param realTime       for files: pace frames at the file's frame rate (true) or as fast as possible
 * @param loop           for files: start again at the end instead of stopping
 * @param minBackoffMs   first retry delay after the source fails to open or drops
 * @param maxBackoffMs   retry delay cap (doubling from the minimum)
 * @param format         optional input format for FFmpeg (e.g. {@code video4linux2}, {@code mjpeg})
 */
public record CameraSettings(String source, String frameId, String intrinsicsId,
                             @Range(min = 0, max = 8192) int widthPx, @Range(min = 0, max = 8192) int heightPx,
                             @Range(min = 0, max = 100) int jpegQuality, boolean realTime, boolean loop,
                             @Range(min = 1, max = 60_000) int minBackoffMs, @Range(min = 1, max = 600_000) int maxBackoffMs,
                             @OptionalKey String format) {
    public CameraSettings {
        Objects.requireNonNull(source, "CameraSettings.source");
        Objects.requireNonNull(frameId, "CameraSettings.frameId");
        Objects.requireNonNull(intrinsicsId, "CameraSettings.intrinsicsId");
        if (maxBackoffMs < minBackoffMs) {
            throw new IllegalArgumentException("CameraSettings.maxBackoffMs (" + maxBackoffMs
                    + ") must be >= minBackoffMs (" + minBackoffMs + ")");
        }
    }

    /** A video file, raw frames, as fast as possible, no loop. */
    public static CameraSettings file(String path, String frameId) {
        return new CameraSettings(path, frameId, frameId, 0, 0, 0, false, false, 100, 5_000, null);
    }

    public CameraSettings withJpegQuality(int quality) {
        return new CameraSettings(source, frameId, intrinsicsId, widthPx, heightPx, quality, realTime, loop,
                minBackoffMs, maxBackoffMs, format);
    }

    public CameraSettings withLoop(boolean newLoop) {
        return new CameraSettings(source, frameId, intrinsicsId, widthPx, heightPx, jpegQuality, realTime, newLoop,
                minBackoffMs, maxBackoffMs, format);
    }

    public boolean isDevice() {
        return source.startsWith("/dev/video");
    }

    public boolean isStream() {
        return source.contains("://");
    }
}
