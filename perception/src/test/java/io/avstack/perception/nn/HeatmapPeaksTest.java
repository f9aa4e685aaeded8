package io.avstack.perception.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

class HeatmapPeaksTest {

    @Test
    void topKKeepsTheLargestValuesInDescendingOrder() {
        int[] idx = new int[2];
        float[] val = new float[2];
        int n = HeatmapPeaks.topK(new float[] {0.5f, 0.9f, 0.1f, 0.7f, 0.95f}, 0.2f, idx, val);
        assertThat(n).isEqualTo(2);
        assertThat(idx).containsExactly(4, 1);
        assertThat(val).containsExactly(0.95f, 0.9f);
    }

    @Test
    void topKReturnsFewerWhenFewArePastTheThreshold() {
        int[] idx = new int[3];
        float[] val = new float[3];
        assertThat(HeatmapPeaks.topK(new float[] {0.1f, 0.6f, 0.2f}, 0.5f, idx, val)).isEqualTo(1);
        assertThat(idx[0]).isEqualTo(1);
    }

    @Test
    void topKOverAPrefixIgnoresTheValuesPastIt() {
        int[] idx = new int[2];
        float[] val = new float[2];
        int n = HeatmapPeaks.topK(new float[] {0.5f, 0.9f, 0.1f, 0.7f, 0.95f}, 4, 0.2f, idx, val);
        assertThat(n).isEqualTo(2);
        assertThat(idx).containsExactly(1, 3);
    }

    @Test
    void onlyLocalMaximaKeepTheirScore() {
        try (NDManager m = NDManager.newBaseManager()) {
            float[] logits = new float[5 * 5];
            java.util.Arrays.fill(logits, -10f);
            logits[2 * 5 + 2] = 2f;   // peak
            logits[2 * 5 + 3] = 1f;   // its shoulder: suppressed
            float[] peaks = HeatmapPeaks.peakScores(m.create(logits, new Shape(1, 1, 5, 5)));
            assertThat(peaks[12]).isCloseTo((float) (1 / (1 + Math.exp(-2))), within(1e-6f));
            assertThat(peaks[13]).isZero();
        }
    }

    @Test
    void javaSuppressionIsBitForBitTheTorchMaxPool() {
        try (NDManager m = NDManager.newBaseManager()) {
            for (Planes planes : awkwardPlanes()) {
                float[] logits = planes.logits();
                Shape shape = planes.shape();
                float[] expected = HeatmapPeaks.peakScoresInTorch(m.create(logits, shape));
                float[] actual = HeatmapPeaks.peakScores(m.create(logits, shape));
                assertThat(actual).hasSize(expected.length);
                for (int i = 0; i < expected.length; i++) {
                    assertThat(Float.floatToIntBits(actual[i])).as("shape %s index %d", shape, i)
                            .isEqualTo(Float.floatToIntBits(expected[i]));
                }
            }
        }
    }

    @Test
    void javaPeakMaskIsTheTorchMaxPoolsAndLeavesTheOtherPlanesAlone() {
        try (NDManager m = NDManager.newBaseManager()) {
            for (Planes planes : awkwardPlanes()) {
                float[] logits = planes.logits();
                Shape shape = planes.shape();
                boolean[] peak = HeatmapPeaks.peakMaskInTorch(m.create(logits, shape));
                // Two more planes after the heatmaps (as the camera's regression channels): untouched.
                int plane = (int) (shape.get(2) * shape.get(3));
                float[] values = java.util.Arrays.copyOf(logits, logits.length + 2 * plane);
                java.util.Arrays.fill(values, logits.length, values.length, 0.25f);
                HeatmapPeaks.maskNonMaxima(values, (int) shape.get(1), (int) shape.get(2), (int) shape.get(3));
                for (int i = 0; i < logits.length; i++) {
                    float expected = peak[i] ? logits[i] : Float.NEGATIVE_INFINITY;
                    assertThat(Float.floatToIntBits(values[i])).as("shape %s index %d", shape, i)
                            .isEqualTo(Float.floatToIntBits(expected));
                }
                for (int i = logits.length; i < values.length; i++) {
                    assertThat(values[i]).isEqualTo(0.25f);
                }
            }
        }
    }

    private static final int[][] SHAPES = {{1, 1, 1, 1}, {1, 1, 1, 6}, {1, 1, 5, 1}, {1, 3, 7, 9}, {1, 2, 60, 80}};

    private record Planes(Shape shape, float[] logits) {
    }

    /** One array per {@link #SHAPES} entry: coarse values (ties between neighbours are common), a few NaN and infinities. */
    private static java.util.List<Planes> awkwardPlanes() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        java.util.List<Planes> all = new java.util.ArrayList<>();
        for (int[] sh : SHAPES) {
            float[] logits = new float[sh[1] * sh[2] * sh[3]];
            for (int i = 0; i < logits.length; i++) {
                logits[i] = (float) Math.round(random.nextGaussian() * 3) / 2f;
                int special = random.nextInt(60);
                logits[i] = special == 0 ? Float.NaN : special == 1 ? Float.POSITIVE_INFINITY
                        : special == 2 ? Float.NEGATIVE_INFINITY : special == 3 ? -0f : logits[i];
            }
            all.add(new Planes(new Shape(sh[0], sh[1], sh[2], sh[3]), logits));
        }
        return all;
    }
}
