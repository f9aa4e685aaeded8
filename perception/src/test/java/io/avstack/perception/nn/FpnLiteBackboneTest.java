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
            // Batches and channels stay apart: the same as repeating along each axis.
            NDArray many = m.arange(2 * 3 * 4 * 5).toType(ai.djl.ndarray.types.DataType.FLOAT32, false)
                    .reshape(2, 3, 4, 5);
            assertThat(FpnLiteBackbone.upsample2x(many).toFloatArray())
                    .containsExactly(many.repeat(2, 2).repeat(3, 2).toFloatArray());
        }
    }

    @Test
    void outputIsTwiceTheBaseWidthAtStrideFour() {
        assertStrideFourOutputOfTwiceTheWidth(FpnLiteBackbone.build(4), 4);
    }

    /** {@code net} (base width {@code c}) maps 1 x 3 x 64 x 96 to 1 x 2c x 16 x 24, and says so for a batch of 2. */
    static void assertStrideFourOutputOfTwiceTheWidth(SequentialBlock net, int c) {
        try (NDManager m = NDManager.newBaseManager()) {
            net.initialize(m, DataType.FLOAT32, new Shape(1, 3, 64, 96));
            NDArray y = net.forward(new ParameterStore(m, false), new NDList(m.ones(new Shape(1, 3, 64, 96))), false)
                    .singletonOrThrow();
            assertThat(y.getShape()).isEqualTo(new Shape(1, FpnLiteBackbone.neckChannels(c), 16, 24));
            assertThat(net.getOutputShapes(new Shape[] {new Shape(2, 3, 64, 96)})[0])
                    .isEqualTo(new Shape(2, FpnLiteBackbone.neckChannels(c), 16, 24));
        }
    }

    @Test
    void nonPositiveWidthIsRejected() {
        assertThatThrownBy(() -> FpnLiteBackbone.build(0)).hasMessageContaining("0");
    }
}
