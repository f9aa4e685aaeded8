package io.avstack.sim.fault;

import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Header;

import java.util.random.RandomGenerator;

/**
 * Image faults on raw frames (RGB8, BGR8, MONO8). Each returns a new frame with a new data array:
 * the input's array is shared with every other subscriber and is never written. Compressed frames
 * (JPEG, PNG) are not supported: callers pass them through and count them.
 */
final class CameraFaults {

    private static final int MAX_LEVEL = 255;

    private CameraFaults() {
    }

    static boolean supports(CameraFrame frame) {
        return frame.encoding().isRaw();
    }

    /** All pixels zero, header as given (the caller decides the valid flag). */
    static CameraFrame blackout(CameraFrame frame, Header header) {
        return withData(frame, header, new byte[frame.data().length]);
    }

    /**
     * A bloom centred at ({@code xFrac} * width, {@code yFrac} * height): inside half the radius
     * every channel is pulled towards white by {@code strength} (saturated at strength 1), fading
     * linearly to no change at {@code radiusFrac} * width. White in every channel, so the encoding's
     * channel order does not matter.
     */
    static CameraFrame glare(CameraFrame frame, double strength, double xFrac, double yFrac, double radiusFrac) {
        int w = frame.widthPx();
        int h = frame.heightPx();
        int ch = frame.encoding().channels();
        byte[] out = frame.data().clone();
        double cx = xFrac * w;
        double cy = yFrac * h;
        double r = radiusFrac * w;
        double core = 0.5 * r;
        int y0 = Math.max(0, (int) Math.floor(cy - r));
        int y1 = Math.min(h - 1, (int) Math.ceil(cy + r));
        int x0 = Math.max(0, (int) Math.floor(cx - r));
        int x1 = Math.min(w - 1, (int) Math.ceil(cx + r));
        for (int y = y0; y <= y1; y++) {
            double dy = y + 0.5 - cy;
            for (int x = x0; x <= x1; x++) {
                double dx = x + 0.5 - cx;
                double d = Math.sqrt(dx * dx + dy * dy);
                if (d >= r) {
                    continue;
                }
                double weight = strength * (d <= core ? 1.0 : (r - d) / (r - core));
                int base = (y * w + x) * ch;
                for (int c = 0; c < ch; c++) {
                    int v = out[base + c] & 0xFF;
                    out[base + c] = (byte) Math.min(MAX_LEVEL, (int) Math.round(v + (MAX_LEVEL - v) * weight));
                }
            }
        }
        return withData(frame, frame.header(), out);
    }

    /** Independent Gaussian noise of {@code sigmaLevels} on every byte, clamped to 0..255. */
    static CameraFrame pixelNoise(CameraFrame frame, double sigmaLevels, RandomGenerator rng) {
        byte[] in = frame.data();
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            long v = Math.round((in[i] & 0xFF) + rng.nextGaussian() * sigmaLevels);
            out[i] = (byte) Math.max(0, Math.min(MAX_LEVEL, v));
        }
        return withData(frame, frame.header(), out);
    }

    private static CameraFrame withData(CameraFrame frame, Header header, byte[] data) {
        return new CameraFrame(header, frame.widthPx(), frame.heightPx(), frame.encoding(),
                frame.intrinsicsId(), data);
    }
}
