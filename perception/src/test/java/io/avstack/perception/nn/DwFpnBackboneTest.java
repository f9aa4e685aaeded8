package io.avstack.perception.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;

class DwFpnBackboneTest {

    @Test
    void outputIsTwiceTheBaseWidthAtStrideFour() {
        try (NDManager m = NDManager.newBaseManager()) {
            SequentialBlock net = DwFpnBackbone.build(4, false);
            net.initialize(m, DataType.FLOAT32, new Shape(1, 3, 64, 96));
            NDArray y = net.forward(new ParameterStore(m, false), new NDList(m.ones(new Shape(1, 3, 64, 96))), false)
                    .singletonOrThrow();
            assertThat(y.getShape()).isEqualTo(new Shape(1, FpnLiteBackbone.neckChannels(4), 16, 24));
            assertThat(net.getOutputShapes(new Shape[] {new Shape(2, 3, 64, 96)})[0])
                    .isEqualTo(new Shape(2, 8, 16, 24));
        }
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
