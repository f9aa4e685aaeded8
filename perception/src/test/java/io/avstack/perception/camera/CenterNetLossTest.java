package io.avstack.perception.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.avstack.core.msg.ObjectClass;
import java.util.List;
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
    void pedestriansAndCyclistsArePartnersAndNothingElseIs() {
        assertThat(CenterNetLoss.confusablePartners(DetectorConfig.DEFAULT_CLASSES)).containsExactly(-1, -1, 3, 2);
        assertThat(CenterNetLoss.confusablePartners(List.of(ObjectClass.CYCLIST, ObjectClass.CAR,
                ObjectClass.PEDESTRIAN))).containsExactly(2, -1, 0);
        assertThat(CenterNetLoss.confusablePartners(List.of(ObjectClass.CAR, ObjectClass.PEDESTRIAN)))
                .containsExactly(-1, -1);
    }

    /** The boost of a channel is 1 + w x its partner's heatmap; 1 where a class has no partner. */
    @Test
    void confusionBoostIsOnePlusWeightTimesThePartnersHeatmap() {
        try (NDManager m = NDManager.newBaseManager()) {
            float[] heat = new float[C * 2];
            heat[3 * 2] = 1f; // cyclist peak at cell 0
            heat[3 * 2 + 1] = 0.5f;
            heat[2 * 2 + 1] = 0.25f; // pedestrian shoulder at cell 1
            heat[0] = 1f; // a car at cell 0: no partner, no boost anywhere
            NDArray boost = CenterNetLoss.confusionBoost(m.create(heat, new Shape(1, C, 1, 2)),
                    CenterNetLoss.confusablePartners(DetectorConfig.DEFAULT_CLASSES), 4);
            assertThat(boost.getShape()).isEqualTo(new Shape(1, C, 1, 2));
            assertThat(boost.toFloatArray()).containsExactly(
                    1, 1, // car
                    1, 1, // truck
                    5, 3, // pedestrian: 1 + 4 x cyclist heatmap
                    1, 2); // cyclist: 1 + 4 x pedestrian heatmap
        }
    }

    /**
     * A pedestrian score on a cyclist's centre costs (1 + w) times more with the weighting; the
     * same score on empty background costs the same either way.
     */
    @Test
    void aPedestrianScoreOnACyclistCostsMoreWithConfusionWeighting() {
        try (NDManager m = NDManager.newBaseManager()) {
            int[] partners = CenterNetLoss.confusablePartners(DetectorConfig.DEFAULT_CLASSES);
            float[] out = new float[(C + 5) * 2];
            java.util.Arrays.fill(out, 0, C * 2, -30f);
            out[3 * 2] = 30f; // cyclist found at cell 0
            float[] onCyclist = out.clone();
            onCyclist[2 * 2] = 2f; // pedestrian score at the cyclist (cell 0)
            float[] onBackground = out.clone();
            onBackground[2 * 2 + 1] = 2f; // the same score at empty cell 1
            float[] heat = new float[C * 2];
            heat[3 * 2] = 1f;
            NDArray heatmap = m.create(heat, new Shape(1, C, 1, 2));
            NDArray regression = m.zeros(new Shape(1, 5, 1, 2));
            NDArray mask = m.create(new float[] {1, 0}, new Shape(1, 1, 1, 2));
            NDArray depthMask = m.zeros(new Shape(1, 1, 1, 2));
            java.util.function.BiFunction<float[], Double, Float> loss = (o, w) -> CenterNetLoss.compute(
                    m.create(o, new Shape(1, C + 5, 1, 2)), heatmap, regression, mask, depthMask, C, 0.1, partners, w)
                    .getFloat();
            assertThat(loss.apply(onCyclist, 0.0)).isCloseTo(
                    CenterNetLoss.compute(m.create(onCyclist, new Shape(1, C + 5, 1, 2)), heatmap, regression, mask,
                            depthMask, C).getFloat(), within(1e-6f));
            assertThat(loss.apply(onCyclist, 4.0)).isCloseTo(5 * loss.apply(onCyclist, 0.0), within(1e-3f));
            assertThat(loss.apply(onBackground, 4.0)).isCloseTo(loss.apply(onBackground, 0.0), within(1e-6f));
        }
    }

    @Test
    void trainerConfigRejectsANegativeConfusionWeightAndDefaultsToOff() {
        assertThat(new TrainerConfig(1, 1, 1e-3, 0, false, false, 0).confusionWeight()).isZero();
        assertThat(new TrainerConfig(1, 1, 1e-3, 0, false, false, 0, 0.1, 4).confusionWeight()).isEqualTo(4.0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TrainerConfig(1, 1, 1e-3, 0, false, false, 0,
                0.1, -1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("confusionWeight");
    }

    @Test
    void trainerConfigRejectsANonPositiveSizeWeightAndDefaultsToCenterNets() {
        assertThat(new TrainerConfig(1, 1, 1e-3, 0, false, false, 0).sizeLossWeight())
                .isEqualTo(CenterNetLoss.SIZE_WEIGHT, within(1e-9));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TrainerConfig(1, 1, 1e-3, 0, false, false, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sizeLossWeight");
    }
}
