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
