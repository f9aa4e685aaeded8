package io.avstack.perception.camera;

/**
 * An RGB8 image: {@code widthPx * heightPx * 3} bytes, row-major, top row first, R G B per pixel.
 * The array is taken over, not copied. The constructor does not check the length so that a
 * truncated frame can reach {@link CameraDetector} and be counted as a rejection there; use
 * {@link #isWellFormed()} to check.
 */
public record RgbImage(int widthPx, int heightPx, byte[] data) {

    /** True when the sizes are positive and the data holds exactly width * height * 3 bytes. */
    public boolean isWellFormed() {
        return widthPx > 0 && heightPx > 0 && data != null && data.length == (long) widthPx * heightPx * 3;
    }

    /** Red, green or blue (channel 0, 1, 2) of pixel (x, y) as 0..255. */
    public int get(int x, int y, int channel) {
        return data[(y * widthPx + x) * 3 + channel] & 0xFF;
    }
}
