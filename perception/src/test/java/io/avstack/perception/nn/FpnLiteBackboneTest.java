package io.avstack.perception.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import org.junit.jupiter.api.Test;

class FpnLiteBackboneTest {

    @Test
    void upsamplingRepeatsEachPixelTwiceInBothDirections() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray x = m.create(new float[] {1, 2, 3, 4}, new Shape(1, 1, 2, 2));
            NDArray y = FpnLiteBackbone.upsample2x().forward(new ParameterStore(m, false), new NDList(x), false)
                    .singletonOrThrow();
            assertThat(y.getShape()).isEqualTo(new Shape(1, 1, 4, 4));
            assertThat(y.toFloatArray()).containsExactly(
                    1, 1, 2, 2,
                    1, 1, 2, 2,
                    3, 3, 4, 4,
                    3, 3, 4, 4);
        }
    }

    @Test
    void outputIsTwiceTheBaseWidthAtStrideFour() {
        try (NDManager m = NDManager.newBaseManager()) {
            SequentialBlock net = FpnLiteBackbone.build(4);
            net.initialize(m, DataType.FLOAT32, new Shape(1, 3, 64, 96));
            NDArray y = net.forward(new ParameterStore(m, false), new NDList(m.ones(new Shape(1, 3, 64, 96))), false)
                    .singletonOrThrow();
            assertThat(y.getShape()).isEqualTo(new Shape(1, FpnLiteBackbone.neckChannels(4), 16, 24));
            assertThat(net.getOutputShapes(new Shape[] {new Shape(2, 3, 64, 96)})[0])
                    .isEqualTo(new Shape(2, 8, 16, 24));
        }
    }

    @Test
    void nonPositiveWidthIsRejected() {
        assertThatThrownBy(() -> FpnLiteBackbone.build(0)).hasMessageContaining("0");
    }
}
