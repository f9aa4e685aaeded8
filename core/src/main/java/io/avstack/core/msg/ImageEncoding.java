package io.avstack.core.msg;

/** Pixel layout of a {@link CameraFrame}'s data. */
public enum ImageEncoding {
    /** 3 bytes per pixel, R G B. */
    RGB8(3),
    /** 3 bytes per pixel, B G R (OpenCV's native order). */
    BGR8(3),
    /** 1 byte per pixel, grey. */
    MONO8(1),
    /** A JPEG file; width and height repeat the file's. */
    JPEG(0),
    /** A PNG file; width and height repeat the file's. */
    PNG(0);

    private final int channels;

    ImageEncoding(int channels) {
        this.channels = channels;
    }

    /** Bytes per pixel of a raw encoding; 0 for a compressed one. */
    public int channels() {
        return channels;
    }

    /** True for raw pixel encodings, whose data length is fixed by width, height and channels. */
    public boolean isRaw() {
        return channels > 0;
    }
}
