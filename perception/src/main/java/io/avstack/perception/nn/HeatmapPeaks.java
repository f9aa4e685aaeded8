package io.avstack.perception.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.pooling.Pool;

/**
 * CenterNet's peak extraction: sigmoid heatmaps, 3x3 max-pool non-maximum suppression (a cell is a
 * peak when it equals the maximum of its neighbourhood), then the top K peaks above a threshold.
 */
public final class HeatmapPeaks {

    private HeatmapPeaks() {
    }

    /**
     * Peak scores of heatmap logits {@code [1, C, H, W]}: the sigmoid score where a cell is the
     * maximum of its 3x3 neighbourhood, 0 elsewhere; flattened C x H x W, row-major.
     */
    public static float[] peakScores(NDArray logits) {
        Shape s = logits.getShape();
        int h = (int) s.get(s.dimension() - 2);
        int w = (int) s.get(s.dimension() - 1);
        float[] heat = Activation.sigmoid(logits).toFloatArray();
        return suppressNonMaxima(heat, (int) (s.size() / ((long) h * w)), h, w);
    }

    /**
     * The reference form of {@link #peakScores}, all in PyTorch: 3x3 max-pool, equality, product.
     * Kept to test that {@link #suppressNonMaxima} gives exactly its result.
     */
    public static float[] peakScoresInTorch(NDArray logits) {
        NDArray heat = Activation.sigmoid(logits);
        NDArray pooled = Pool.maxPool2d(heat, new Shape(3, 3), new Shape(1, 1), new Shape(1, 1), false);
        return heat.mul(heat.eq(pooled)).toFloatArray();
    }

    /**
     * In place on {@code planes} planes of {@code h x w} scores: each value stays where it equals the
     * maximum of its 3x3 neighbourhood, else becomes {@code value * 0}. Bit for bit what
     * {@link #peakScoresInTorch} computes (PyTorch's max-pool propagates NaN and pads with -inf; the
     * product keeps NaN), without three more native calls and tensors per frame.
     *
     * @return {@code heat}
     */
    static float[] suppressNonMaxima(float[] heat, int planes, int h, int w) {
        return suppress(heat, planes, h, w, false);
    }

    /**
     * In place on the first {@code planes} planes of {@code h x w} values (heatmap logits): each
     * value that is not the maximum of its 3x3 neighbourhood becomes -infinity, so no threshold
     * keeps it. A cell is a peak exactly where PyTorch's {@code eq(x, maxPool2d(x, 3, 1, 1))} says so
     * (NaN is never a peak, nor is a cell beside a NaN).
     *
     * @return {@code values}
     */
    public static float[] maskNonMaxima(float[] values, int planes, int h, int w) {
        return suppress(values, planes, h, w, true);
    }

    /**
     * The reference form of {@link #maskNonMaxima}, in PyTorch: the peak mask of {@code logits}
     * {@code [1, C, H, W]}, flattened. Kept to test that the Java form agrees.
     */
    public static boolean[] peakMaskInTorch(NDArray logits) {
        NDArray pooled = Pool.maxPool2d(logits, new Shape(3, 3), new Shape(1, 1), new Shape(1, 1), false);
        return logits.eq(pooled).toBooleanArray();
    }

    private static float[] suppress(float[] heat, int planes, int h, int w, boolean toNegativeInfinity) {
        float[] rowMax = new float[3 * w];
        for (int p = 0; p < planes; p++) {
            int base = p * h * w;
            // rowMax holds the horizontal 3-wide maxima of rows y-1, y, y+1 (a ring of three rows).
            for (int y = 0; y < h; y++) {
                if (y == 0) {
                    horizontalMax(heat, base, w, rowMax, 0);
                    if (h > 1) {
                        horizontalMax(heat, base + w, w, rowMax, w);
                    }
                } else if (y + 1 < h) {
                    horizontalMax(heat, base + (y + 1) * w, w, rowMax, ((y + 1) % 3) * w);
                }
                int row = base + y * w;
                for (int x = 0; x < w; x++) {
                    float m = rowMax[(y % 3) * w + x];
                    if (y > 0) {
                        m = max(m, rowMax[((y - 1) % 3) * w + x]);
                    }
                    if (y + 1 < h) {
                        m = max(m, rowMax[((y + 1) % 3) * w + x]);
                    }
                    float v = heat[row + x];
                    if (v != m) {
                        heat[row + x] = toNegativeInfinity ? Float.NEGATIVE_INFINITY : v * 0f;
                    }
                }
            }
        }
        return heat;
    }

    private static void horizontalMax(float[] src, int from, int w, float[] dest, int to) {
        for (int x = 0; x < w; x++) {
            float m = src[from + x];
            if (x > 0) {
                m = max(m, src[from + x - 1]);
            }
            if (x + 1 < w) {
                m = max(m, src[from + x + 1]);
            }
            dest[to + x] = m;
        }
    }

    /** PyTorch's max-pool comparison: a NaN wins. */
    private static float max(float a, float b) {
        return b > a || Float.isNaN(b) ? b : a;
    }

    /**
     * Indices and values of the {@code idx.length} largest entries >= threshold, descending; ties
     * keep the earlier index first.
     *
     * @return how many were found
     */
    public static int topK(float[] values, float threshold, int[] idx, float[] val) {
        return topK(values, values.length, threshold, idx, val);
    }

    /** Like {@link #topK(float[], float, int[], float[])} over the first {@code length} values. */
    public static int topK(float[] values, int length, float threshold, int[] idx, float[] val) {
        int n = 0;
        int k = idx.length;
        for (int i = 0; i < length; i++) {
            float v = values[i];
            if (v < threshold || (n == k && v <= val[n - 1])) {
                continue;
            }
            int pos = n < k ? n++ : k - 1;
            // Insertion into the sorted prefix.
            while (pos > 0 && val[pos - 1] < v) {
                val[pos] = val[pos - 1];
                idx[pos] = idx[pos - 1];
                pos--;
            }
            val[pos] = v;
            idx[pos] = i;
        }
        return n;
    }
}
