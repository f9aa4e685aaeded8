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
}
