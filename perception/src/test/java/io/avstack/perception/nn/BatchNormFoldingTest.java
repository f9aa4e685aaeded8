package io.avstack.perception.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BatchNormFoldingTest {

    private static final Shape INPUT = new Shape(1, 3, 32, 48);

    /** Random BatchNorm statistics and affine parameters, so that folding has something to fold. */
    private static void randomiseBatchNorms(Block block, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (Parameter p : block.getParameters().values()) {
            double lo;
            double hi;
            switch (p.getType()) {
                case GAMMA -> { lo = 0.5; hi = 1.5; }
                case BETA, RUNNING_MEAN -> { lo = -0.5; hi = 0.5; }
                case RUNNING_VAR -> { lo = 0.2; hi = 2.0; }
                default -> { continue; }
            }
            float[] v = new float[(int) p.getArray().size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) rng.nextDouble(lo, hi);
            }
            p.getArray().set(v);
        }
    }

    private static float[] forward(Block b, NDManager m, NDArray x) {
        return b.forward(new ParameterStore(m, false), new NDList(x), false).singletonOrThrow().toFloatArray();
    }

    private static void assertFoldsExactly(Block trained, Block folded) {
        try (NDManager m = NDManager.newBaseManager()) {
            trained.initialize(m, DataType.FLOAT32, INPUT);
            randomiseBatchNorms(trained, 3);
            BatchNormFolding.fold(trained, folded, m, INPUT, java.util.function.UnaryOperator.identity(), true);
            NDArray x = m.randomNormal(INPUT);
            float[] want = forward(trained, m, x);
            float[] got = forward(folded, m, x);
            assertThat(got).hasSameSizeAs(want);
            float peak = 0;
            for (float v : want) {
                peak = Math.max(peak, Math.abs(v));
            }
            assertThat(peak).isGreaterThan(0.1f);
            for (int i = 0; i < want.length; i++) {
                assertThat(got[i]).as("element %d", i).isCloseTo(want[i], within(1e-4f * Math.max(1, peak)));
            }
        }
    }

    @Test
    void foldedConvBnReluGivesTheInferenceOutputOfTheTrainedOne() {
        assertFoldsExactly(ConvBlocks.convBnRelu(8, 2, 1, false), ConvBlocks.convBnRelu(8, 2, 1, true));
    }

    @Test
    void foldedDepthwiseSeparableBlockGivesTheSameOutput() {
        assertFoldsExactly(ConvBlocks.depthwiseSeparable(3, 6, false), ConvBlocks.depthwiseSeparable(3, 6, true));
    }

    @Test
    void foldedBackbonesWithKernelSafeWidthsGiveTheSameOutput() {
        // c = 4: the stride-16 stage's 20 (dw) or 24 (fpn-lite) channels run as 32 zero-padded ones.
        assertFoldsExactly(DwFpnBackbone.build(4, false), DwFpnBackbone.build(4, true));
        assertFoldsExactly(FpnLiteBackbone.build(4, false), FpnLiteBackbone.build(4, true));
        assertFoldsExactly(FpnLiteBackbone.build(16, false), FpnLiteBackbone.build(16, true));
    }

    @Test
    void kernelSafeWidthsAreMultiplesOf16AboveSixteen() {
        assertThat(ConvBlocks.kernelSafeWidth(3)).isEqualTo(3);
        assertThat(ConvBlocks.kernelSafeWidth(12)).isEqualTo(12);
        assertThat(ConvBlocks.kernelSafeWidth(16)).isEqualTo(16);
        assertThat(ConvBlocks.kernelSafeWidth(17)).isEqualTo(32);
        assertThat(ConvBlocks.kernelSafeWidth(24)).isEqualTo(32);
        assertThat(ConvBlocks.kernelSafeWidth(48)).isEqualTo(48);
        assertThat(ConvBlocks.kernelSafeWidth(80)).isEqualTo(80);
        assertThat(ConvBlocks.width(24, false)).isEqualTo(24);
    }

    @Test
    void paddingPutsTheTensorInTheLeadingCornerOfZeros() {
        BatchNormFolding.Tensor t = new BatchNormFolding.Tensor(new float[] {1, 2, 3, 4, 5, 6}, new Shape(2, 3));
        assertThat(BatchNormFolding.padded(t, new Shape(3, 4), "w").values()).containsExactly(
                1, 2, 3, 0,
                4, 5, 6, 0,
                0, 0, 0, 0);
        BatchNormFolding.Tensor w = new BatchNormFolding.Tensor(new float[] {1, 2, 3, 4}, new Shape(2, 2, 1, 1));
        assertThat(BatchNormFolding.padded(w, new Shape(3, 3, 1, 1), "w").values()).containsExactly(
                1, 2, 0,
                3, 4, 0,
                0, 0, 0);
        assertThatThrownBy(() -> BatchNormFolding.padded(t, new Shape(1, 4), "conv.weight"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("conv.weight")
                .hasMessageContaining("(2, 3)");
    }

    @Test
    void networksThatDoNotPairUpAreRejected() {
        try (NDManager m = NDManager.newBaseManager()) {
            Block trained = ConvBlocks.convBnRelu(8, 1, 1, false);
            trained.initialize(m, DataType.FLOAT32, INPUT);
            // The folded form needs a bias where the BatchNorm was: a bias-free convolution cannot take it.
            assertThatThrownBy(() -> BatchNormFolding.fold(trained, ConvBlocks.depthwiseSeparable(3, 8, false), m,
                    INPUT)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BatchNorm folding");
        }
    }
}
