package io.avstack.core.msg;

import java.util.Arrays;
import java.util.Objects;

/**
 * One camera image. Typical size: 640x480 RGB8 = 921,600 bytes of data; a JPEG of it ~60-100 KB.
 *
 * <p>The {@code data} array is taken over, not copied, and {@link #data()} returns it as is, so the
 * in-process bus can hand one frame to every subscriber without copying a megabyte per hop. Nobody
 * may write to it after construction.
 *
 * @param header       {@code frameId} is the camera's frame, e.g. {@code "camera_front"}
 * @param widthPx      image width in pixels, {@code > 0}
 * @param heightPx     image height in pixels, {@code > 0}
 * @param encoding     pixel layout of {@code data}
 * @param intrinsicsId key of this camera's entry in the calibration (intrinsics and distortion);
 *                     empty when the camera is uncalibrated
 * @param data         raw encodings: exactly {@code widthPx * heightPx * encoding.channels()} bytes,
 *                     row-major, top row first, no row padding; JPEG/PNG: the file, non-empty
 */
public record CameraFrame(Header header, int widthPx, int heightPx, ImageEncoding encoding,
                          String intrinsicsId, byte[] data) implements Message {

    public CameraFrame {
        Objects.requireNonNull(header, "CameraFrame.header");
        Objects.requireNonNull(encoding, "CameraFrame.encoding");
        Objects.requireNonNull(intrinsicsId, "CameraFrame.intrinsicsId");
        Objects.requireNonNull(data, "CameraFrame.data");
        Checks.positive("CameraFrame.widthPx", widthPx);
        Checks.positive("CameraFrame.heightPx", heightPx);
        if (encoding.isRaw()) {
            long expected = (long) widthPx * heightPx * encoding.channels();
            if (data.length != expected) {
                throw new IllegalArgumentException("CameraFrame.data length must be widthPx*heightPx*channels = "
                        + widthPx + "*" + heightPx + "*" + encoding.channels() + " = " + expected
                        + " for " + encoding + ", was " + data.length);
            }
        } else if (data.length == 0) {
            throw new IllegalArgumentException("CameraFrame.data must be non-empty for " + encoding + ", was 0 bytes");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CameraFrame f
                && header.equals(f.header) && widthPx == f.widthPx && heightPx == f.heightPx
                && encoding == f.encoding && intrinsicsId.equals(f.intrinsicsId)
                && Arrays.equals(data, f.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(header, widthPx, heightPx, encoding, intrinsicsId, Arrays.hashCode(data));
    }

    /** Describes the image without dumping its bytes. */
    @Override
    public String toString() {
        return "CameraFrame[header=" + header + ", " + widthPx + "x" + heightPx + " " + encoding
                + ", intrinsicsId=" + intrinsicsId + ", data=" + data.length + " bytes]";
    }
}
