package io.avstack.perception.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

class CenterNetLossTest {

    private static final int C = 4;

    /**
     * A confident empty heatmap (no focal loss), one object whose size is off by 2 cells in w and
     * h, exact offset and depth: the loss is the size weight times 2.
     */
    @Test
    void sizeTermScalesWithItsWeight() {
        try (NDManager m = NDManager.newBaseManager()) {
            float[] out = new float[(C + 5) * 4];
            for (int i = 0; i < C * 4; i++) {
                out[i] = -30;
            }
            NDArray output = m.create(out, new Shape(1, C + 5, 2, 2));
            NDArray heatmap = m.zeros(new Shape(1, C, 2, 2));
            float[] reg = new float[5 * 4];
            reg[0] = 2; // w at cell 0
            reg[4] = 2; // h at cell 0
            NDArray regression = m.create(reg, new Shape(1, 5, 2, 2));
            NDArray mask = m.create(new float[] {1, 0, 0, 0}, new Shape(1, 1, 2, 2));
            NDArray depthMask = m.zeros(new Shape(1, 1, 2, 2));

            float byDefault = CenterNetLoss.compute(output, heatmap, regression, mask, depthMask, C).getFloat();
            float light = CenterNetLoss.compute(output, heatmap, regression, mask, depthMask, C, 0.1).getFloat();
            float heavy = CenterNetLoss.compute(output, heatmap, regression, mask, depthMask, C, 0.4).getFloat();
            assertThat(byDefault).isCloseTo(2 * CenterNetLoss.SIZE_WEIGHT, within(1e-4f));
            assertThat(light).isCloseTo(0.2f, within(1e-4f));
            assertThat(heavy).isCloseTo(0.8f, within(1e-4f));
        }
    }

    @Test
    void trainerConfigRejectsANonPositiveSizeWeightAndDefaultsToCenterNets() {
        assertThat(new TrainerConfig(1, 1, 1e-3, 0, false, false, 0).sizeLossWeight())
                .isEqualTo(CenterNetLoss.SIZE_WEIGHT, within(1e-9));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TrainerConfig(1, 1, 1e-3, 0, false, false, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sizeLossWeight");
    }
}
