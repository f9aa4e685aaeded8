package io.avstack.perception.camera;

/**
 * Paints a network's centre heatmap over the image it saw: the image is dimmed to
 * {@value #IMAGE_WEIGHT_PCT} % and the heat, bilinearly upsampled to the image size and coloured
 * black-red-yellow-white, is added, so the picture is brightest where the network believes an
 * object centre is. Pure function of its inputs.
 */
public final class HeatmapOverlay {

    static final int IMAGE_WEIGHT_PCT = 35;

    private HeatmapOverlay() {
    }

    /** A new RGB8 image of the same size as {@code image} with {@code e}'s heat blended in. */
    public static RgbImage blend(RgbImage image, Explanation e) {
        int w = image.widthPx();
        int h = image.heightPx();
        byte[] src = image.data();
        byte[] dst = new byte[src.length];
        float imageWeight = IMAGE_WEIGHT_PCT / 100f;
        float heatWeight = 255f * (1 - imageWeight);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                float v = heatAt(e, (x + 0.5f) / w * e.heatWidth() - 0.5f, (y + 0.5f) / h * e.heatHeight() - 0.5f);
                int i = (y * w + x) * 3;
                // "hot" colour map: red rises first, then green, then blue: white at 1.
                dst[i] = toByte((src[i] & 0xFF) * imageWeight + heatWeight * clamp01(3 * v));
                dst[i + 1] = toByte((src[i + 1] & 0xFF) * imageWeight + heatWeight * clamp01(3 * v - 1));
                dst[i + 2] = toByte((src[i + 2] & 0xFF) * imageWeight + heatWeight * clamp01(3 * v - 2));
            }
        }
        return new RgbImage(w, h, dst);
    }

    /** Bilinear heat at fractional cell coordinates (cell centres at integers), edges clamped. */
    static float heatAt(Explanation e, float cx, float cy) {
        int hw = e.heatWidth();
        int hh = e.heatHeight();
        float fx = Math.max(0, Math.min(hw - 1, cx));
        float fy = Math.max(0, Math.min(hh - 1, cy));
        int x0 = (int) fx;
        int y0 = (int) fy;
        int x1 = Math.min(hw - 1, x0 + 1);
        int y1 = Math.min(hh - 1, y0 + 1);
        float ax = fx - x0;
        float ay = fy - y0;
        float top = e.heatAt(x0, y0) * (1 - ax) + e.heatAt(x1, y0) * ax;
        float bottom = e.heatAt(x0, y1) * (1 - ax) + e.heatAt(x1, y1) * ax;
        return top * (1 - ay) + bottom * ay;
    }

    private static float clamp01(float v) {
        return v < 0 ? 0 : Math.min(1, v);
    }

    private static byte toByte(float v) {
        return (byte) Math.min(255, Math.round(v));
    }
}
