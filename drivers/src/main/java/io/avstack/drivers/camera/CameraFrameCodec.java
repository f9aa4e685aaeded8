package io.avstack.drivers.camera;

import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.ImageEncoding;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;

/**
 * JPEG for camera frames on the wire: a raw RGB8 frame is 921 KB at 640 x 480, which MQTT carries
 * at a cost of ~16 ms per frame; its JPEG is ~20x smaller. The drivers' side encodes
 * ({@link #toJpeg}), the consumer decodes back to RGB8 ({@link #toRgb}) before a detector that needs
 * pixels. Headers are kept.
 */
public final class CameraFrameCodec {

    private CameraFrameCodec() {
    }

    /** {@code frame} (RGB8) as a JPEG frame at {@code quality} 1..100. */
    public static CameraFrame toJpeg(CameraFrame frame, int quality) {
        if (frame.encoding() != ImageEncoding.RGB8) {
            throw new IllegalArgumentException("CameraFrameCodec.toJpeg needs an RGB8 frame, got " + frame.encoding());
        }
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("JPEG quality must be 1..100, was " + quality);
        }
        byte[] jpeg = RgbFrames.jpeg(frame.data(), frame.widthPx(), frame.heightPx(), quality);
        return new CameraFrame(frame.header(), frame.widthPx(), frame.heightPx(), ImageEncoding.JPEG,
                frame.intrinsicsId(), jpeg);
    }

    /**
     * {@code frame} as RGB8: JPEG and PNG are decoded, RGB8 is returned as is.
     *
     * @throws IllegalArgumentException for data that does not decode, or another raw encoding
     */
    public static CameraFrame toRgb(CameraFrame frame) {
        return toRgb(frame, 1);
    }

    /**
     * {@code frame} as RGB8, JPEG decoded {@code reduction} times smaller in each dimension (1, 2, 4
     * or 8: the decoder's own scaled output, without decoding the full image first; the result is
     * rounded up, 640 x 480 / 2 = 320 x 240). At 2 it costs a third of a full decode here, and its
     * pixels are as close to the 2x2 means of the uncompressed image as a full decode's 2x2 means are
     * (docs/BENCHMARKS.md). RGB8 frames and {@code reduction} 1 as {@link #toRgb(CameraFrame)}.
     *
     * @throws IllegalArgumentException for data that does not decode, another raw encoding, a
     *                                  reduction of a frame that is not JPEG, or another factor
     */
    public static CameraFrame toRgb(CameraFrame frame, int reduction) {
        int flag = switch (reduction) {
            case 1 -> opencv_imgcodecs.IMREAD_COLOR;
            case 2 -> opencv_imgcodecs.IMREAD_REDUCED_COLOR_2;
            case 4 -> opencv_imgcodecs.IMREAD_REDUCED_COLOR_4;
            case 8 -> opencv_imgcodecs.IMREAD_REDUCED_COLOR_8;
            default -> throw new IllegalArgumentException("JPEG decode reduction must be 1, 2, 4 or 8, was " + reduction);
        };
        if (reduction != 1 && frame.encoding() != ImageEncoding.JPEG) {
            throw new IllegalArgumentException("CameraFrameCodec.toRgb reduces JPEG only, got " + frame.encoding());
        }
        if (frame.encoding() == ImageEncoding.RGB8) {
            return frame;
        }
        if (frame.encoding().isRaw()) {
            throw new IllegalArgumentException("CameraFrameCodec.toRgb decodes JPEG and PNG, got " + frame.encoding());
        }
        try (BytePointer bytes = new BytePointer(frame.data());
             Mat encoded = new Mat(1, frame.data().length, opencv_core.CV_8UC1, bytes);
             Mat bgr = opencv_imgcodecs.imdecode(encoded, flag);
             Mat rgb = new Mat()) {
            if (bgr.empty()) {
                throw new IllegalArgumentException("camera frame seq " + frame.header().seq() + ": "
                        + frame.encoding() + " data (" + frame.data().length + " bytes) does not decode");
            }
            opencv_imgproc.cvtColor(bgr, rgb, opencv_imgproc.COLOR_BGR2RGB);
            byte[] pixels = new byte[rgb.cols() * rgb.rows() * 3];
            rgb.data().get(pixels);
            return new CameraFrame(frame.header(), rgb.cols(), rgb.rows(), ImageEncoding.RGB8, frame.intrinsicsId(),
                    pixels);
        }
    }
}
