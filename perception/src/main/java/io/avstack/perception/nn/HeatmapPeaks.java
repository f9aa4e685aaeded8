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
        NDArray heat = Activation.sigmoid(logits);
        NDArray pooled = Pool.maxPool2d(heat, new Shape(3, 3), new Shape(1, 1), new Shape(1, 1), false);
        return heat.mul(heat.eq(pooled)).toFloatArray();
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
