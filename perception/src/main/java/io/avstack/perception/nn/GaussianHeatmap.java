package io.avstack.perception.nn;

/** CenterNet's Gaussian splats on a heatmap plane. */
public final class GaussianHeatmap {

    /** Minimum IoU a box shifted by the radius must keep with the true box (CenterNet's 0.7). */
    public static final double MIN_OVERLAP = 0.7;

    private GaussianHeatmap() {
    }

    /**
     * CenterNet's radius rule (the smallest of its three corner-shift cases) for a box of
     * {@code widthCells x heightCells} with {@link #MIN_OVERLAP}; at least 0.
     */
    public static int radius(double widthCells, double heightCells) {
        return radius(widthCells, heightCells, MIN_OVERLAP);
    }

    /**
     * The same rule for another minimum overlap: bird's-eye-view detectors (CenterPoint) use 0.1,
     * which gives smaller splats for long, thin boxes.
     */
    public static int radius(double widthCells, double heightCells, double minOverlap) {
        double o = minOverlap;
        double h = heightCells;
        double w = widthCells;
        double b1 = h + w;
        double c1 = w * h * (1 - o) / (1 + o);
        double r1 = (b1 + Math.sqrt(b1 * b1 - 4 * c1)) / 2;
        double b2 = 2 * (h + w);
        double c2 = (1 - o) * w * h;
        double r2 = (b2 + Math.sqrt(b2 * b2 - 16 * c2)) / 2;
        double a3 = 4 * o;
        double b3 = -2 * o * (h + w);
        double c3 = (o - 1) * w * h;
        double r3 = (b3 + Math.sqrt(b3 * b3 - 4 * a3 * c3)) / 2;
        return Math.max(0, (int) Math.min(r1, Math.min(r2, r3)));
    }

    /**
     * Draws a Gaussian (sigma = diameter / 6) with peak exactly 1 at (cx, cy), keeping the maximum
     * where objects overlap.
     *
     * @param plane  the heatmap plane, {@code width * height} values, row-major, starting at {@code offset}
     */
    public static void draw(float[] plane, int offset, int width, int height, int cx, int cy, int radius) {
        double sigma = (2 * radius + 1) / 6.0;
        double inv = 1 / (2 * sigma * sigma);
        for (int y = Math.max(0, cy - radius); y <= Math.min(height - 1, cy + radius); y++) {
            for (int x = Math.max(0, cx - radius); x <= Math.min(width - 1, cx + radius); x++) {
                int dx = x - cx;
                int dy = y - cy;
                float g = (float) Math.exp(-(dx * dx + dy * dy) * inv);
                int i = offset + y * width + x;
                if (g > plane[i]) {
                    plane[i] = g;
                }
            }
        }
    }
}
