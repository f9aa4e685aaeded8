package io.avstack.perception.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import org.junit.jupiter.api.Test;

class DwFpnBackboneTest {

    @Test
    void outputIsTwiceTheBaseWidthAtStrideFour() {
        FpnLiteBackboneTest.assertStrideFourOutputOfTwiceTheWidth(DwFpnBackbone.build(4, false), 4);
    }

    @Test
    void foldedFormHasTheSameOutputShapeAndNoBatchNorm() {
        try (NDManager m = NDManager.newBaseManager()) {
            SequentialBlock trained = DwFpnBackbone.build(4, false);
            SequentialBlock folded = DwFpnBackbone.build(4, true);
            trained.initialize(m, DataType.FLOAT32, new Shape(1, 3, 64, 96));
            folded.initialize(m, DataType.FLOAT32, new Shape(1, 3, 64, 96));
            assertThat(folded.getOutputShapes(new Shape[] {new Shape(1, 3, 64, 96)})[0])
                    .isEqualTo(trained.getOutputShapes(new Shape[] {new Shape(1, 3, 64, 96)})[0]);
            long gammas = trained.getParameters().values().stream()
                    .filter(p -> p.getType() == Parameter.Type.GAMMA).count();
            assertThat(gammas).isEqualTo(11); // 9 conv-BN-ReLU layers + 2 BatchNorms of the depthwise-separable block
            assertThat(folded.getParameters().values()).noneMatch(p -> p.getType() == Parameter.Type.GAMMA
                    || p.getType() == Parameter.Type.RUNNING_MEAN);
        }
    }

    @Test
    void widthBelowTwoIsRejected() {
        assertThatThrownBy(() -> DwFpnBackbone.build(1, false)).hasMessageContaining("1");
    }
}
