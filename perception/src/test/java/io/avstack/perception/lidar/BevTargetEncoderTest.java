package io.avstack.perception.lidar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.ObjectClass;
import java.util.List;
import org.junit.jupiter.api.Test;

class BevTargetEncoderTest {

    private final LidarDetectorConfig config = LidarTestData.tiny(); // 16 x 16 output cells of 0.8 m, y from -6.4
    private final int cols = config.outputCols();
    private final int plane = config.outputRows() * cols;
    private final float[] heat = new float[config.numClasses() * plane];
    private final float[] reg = new float[BevLayout.REGRESSION_CHANNELS * plane];
    private final float[] mask = new float[plane];

    private double value(int k, int r, int c) {
        return reg[k * plane + r * cols + c] + BevLayout.prior(k);
    }

    @Test
    void theCentreCellPeaksAndItsNeighboursRegressTheSameCentre() {
        // centre at row 5.25, column 7.5 (x = 4.2 m, y = -0.4 m)
        BevBox truck = new BevBox(ObjectClass.TRUCK, 4.2, -0.4, 8, 2.5, 3.2, 0.3);
        new BevTargetEncoder(config).encode(List.of(truck), 0, heat, reg, mask);
        assertThat(heat[plane + 5 * cols + 7]).isEqualTo(1f);
        assertThat(heat[5 * cols + 7]).as("car plane").isZero();
        int taught = 0;
        for (int r = 4; r <= 6; r++) {
            for (int c = 6; c <= 8; c++) {
                assertThat(mask[r * cols + c]).isEqualTo(r == 5 && c == 7 ? 1f : BevTargetEncoder.NEIGHBOUR_WEIGHT);
                assertThat(r + value(BevLayout.OFFSET_X, r, c)).isCloseTo(5.25, within(1e-5));
                assertThat(c + value(BevLayout.OFFSET_Y, r, c)).isCloseTo(7.5, within(1e-5));
                assertThat(Math.exp(value(BevLayout.LOG_LENGTH, r, c))).isCloseTo(8, within(1e-4));
                assertThat(0.5 * Math.atan2(value(BevLayout.SIN_2YAW, r, c), value(BevLayout.COS_2YAW, r, c)))
                        .isCloseTo(0.3, within(1e-5));
                taught++;
            }
        }
        int nonZero = 0;
        for (float m : mask) {
            nonZero += m > 0 ? 1 : 0;
        }
        assertThat(nonZero).as("only the 3 x 3 patch").isEqualTo(taught);
    }

    @Test
    void aCellBetweenTwoBoxesRegressesTheNearerOne() {
        BevBox a = new BevBox(ObjectClass.PEDESTRIAN, 4.2, -0.4, 0.5, 0.6, 1.7, 0); // row 5.25, col 7.5
        BevBox b = new BevBox(ObjectClass.PEDESTRIAN, 5.9, -0.4, 0.5, 0.6, 1.7, 0); // row 7.375, col 7.5
        BevTargetEncoder enc = new BevTargetEncoder(config);
        enc.encode(List.of(a, b), 0, heat, reg, mask);
        // row 6 (centre 6.5) is nearer a (1.25) than b (0.875)? b: |7.375 - 6.5| = 0.875 < 1.25
        assertThat(6 + value(BevLayout.OFFSET_X, 6, 7)).isCloseTo(7.375, within(1e-5));
        assertThat(5 + value(BevLayout.OFFSET_X, 5, 7)).isCloseTo(5.25, within(1e-5));
        // the same in the other order
        enc.encode(List.of(b, a), 0, heat, reg, mask);
        assertThat(6 + value(BevLayout.OFFSET_X, 6, 7)).isCloseTo(7.375, within(1e-5));
    }

    @Test
    void encodingClearsTheSliceAndLeavesOtherSlicesAlone() {
        float[] heat2 = new float[2 * heat.length];
        float[] reg2 = new float[2 * reg.length];
        float[] mask2 = new float[2 * plane];
        BevTargetEncoder enc = new BevTargetEncoder(config);
        BevBox car = new BevBox(ObjectClass.CAR, 4.2, -0.4, 4.5, 1.8, 1.5, 0);
        enc.encode(List.of(car), 0, heat2, reg2, mask2);
        enc.encode(List.of(car), 1, heat2, reg2, mask2);
        enc.encode(List.of(), 1, heat2, reg2, mask2);
        assertThat(mask2[5 * cols + 7]).isEqualTo(1f);
        for (int i = plane; i < 2 * plane; i++) {
            assertThat(mask2[i]).isZero();
        }
    }
}
