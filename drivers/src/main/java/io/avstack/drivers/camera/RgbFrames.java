package io.avstack.drivers.camera;

import java.nio.ByteBuffer;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_imgcodecs;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.javacpp.IntPointer;

/** Pixel copies and JPEG coding for camera frames (packed RGB8, row-major, no padding). */
final class RgbFrames {

    private RgbFrames() {
    }

    /** Copies a grabbed 3-channel image with row stride {@code strideBytes} into packed RGB8. */
    static byte[] packRgb(ByteBuffer image, int widthPx, int heightPx, int strideBytes) {
        byte[] out = new byte[widthPx * heightPx * 3];
        ByteBuffer src = image.duplicate();
        for (int row = 0; row < heightPx; row++) {
            src.position(row * strideBytes);
            src.get(out, row * widthPx * 3, widthPx * 3);
        }
        return out;
    }

    /** JPEG of packed RGB8 pixels at {@code quality} 1..100. */
    static byte[] jpeg(byte[] rgb, int widthPx, int heightPx, int quality) {
        try (BytePointer pixels = new BytePointer(rgb);
             Mat rgbMat = new Mat(heightPx, widthPx, opencv_core.CV_8UC3, pixels);
             Mat bgr = new Mat();
             BytePointer out = new BytePointer();
             IntPointer params = new IntPointer(opencv_imgcodecs.IMWRITE_JPEG_QUALITY, quality)) {
            opencv_imgproc.cvtColor(rgbMat, bgr, opencv_imgproc.COLOR_RGB2BGR);
            if (!opencv_imgcodecs.imencode(".jpg", bgr, out, params)) {
                throw new IllegalStateException("OpenCV could not encode a " + widthPx + "x" + heightPx + " JPEG");
            }
            byte[] bytes = new byte[(int) out.limit()];
            out.get(bytes);
            return bytes;
        }
    }

}
