package io.avstack.perception.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

class DetectionLossesTest {

    @Test
    void focalLossIsSmallForAConfidentCorrectHeatmapAndLargeForAWrongOne() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray target = m.create(new float[] {0, 0.5f, 1, 0.5f, 0}, new Shape(1, 1, 1, 5));
            NDArray good = m.create(new float[] {-9, -3, 9, -3, -9}, new Shape(1, 1, 1, 5));
            NDArray bad = m.create(new float[] {9, 3, -9, 3, 9}, new Shape(1, 1, 1, 5));
            float lossGood = DetectionLosses.focalLoss(good, target).getFloat();
            float lossBad = DetectionLosses.focalLoss(bad, target).getFloat();
            assertThat(lossGood).isLessThan(0.05f);
            assertThat(lossBad).isGreaterThan(5f);
        }
    }

    @Test
    void negativeBoostScalesOnlyTheBackgroundTermAndOnesChangeNothing() {
        try (NDManager m = NDManager.newBaseManager()) {
            // One object (cell 2), a confident correct peak; a wrong confident score at cell 0.
            NDArray target = m.create(new float[] {0, 0.5f, 1, 0.5f, 0}, new Shape(1, 1, 1, 5));
            NDArray logits = m.create(new float[] {4, -9, 9, -9, -9}, new Shape(1, 1, 1, 5));
            float plain = DetectionLosses.focalLoss(logits, target).getFloat();
            float ones = DetectionLosses.focalLoss(logits, target, m.ones(new Shape(1, 1, 1, 5))).getFloat();
            NDArray boost = m.create(new float[] {5, 1, 1, 1, 1}, new Shape(1, 1, 1, 5));
            float boosted = DetectionLosses.focalLoss(logits, target, boost).getFloat();
            NDArray onPeak = m.create(new float[] {1, 1, 100, 1, 1}, new Shape(1, 1, 1, 5));
            float peakBoosted = DetectionLosses.focalLoss(logits, target, onPeak).getFloat();
            assertThat(plain).isGreaterThan(1f); // dominated by cell 0
            assertThat(ones).isCloseTo(plain, within(1e-6f));
            assertThat(boosted).isCloseTo(5 * plain, within(0.01f * plain));
            // The positive cell has no background term: boosting it changes nothing.
            assertThat(peakBoosted).isCloseTo(plain, within(1e-6f));
        }
    }

    @Test
    void maskedL1AveragesOnlyMaskedCellsOverBroadcastChannels() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray pred = m.create(new float[] {1, 5, 2, 9}, new Shape(1, 2, 1, 2));
            NDArray target = m.create(new float[] {0, 0, 0, 0}, new Shape(1, 2, 1, 2));
            NDArray mask = m.create(new float[] {1, 0}, new Shape(1, 1, 1, 2));
            // Masked cell 0 in both channels: |1| and |2| -> mean 1.5.
            assertThat(DetectionLosses.maskedL1(pred, target, mask).getFloat()).isCloseTo(1.5f, within(1e-3f));
        }
    }
}
