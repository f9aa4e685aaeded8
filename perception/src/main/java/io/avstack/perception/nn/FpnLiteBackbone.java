package io.avstack.perception.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.LambdaBlock;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import java.util.List;

/**
 * A small feature-pyramid backbone with a stride-4 output: plain 3x3 conv + BN + ReLU stages down
 * to stride 16 (a large receptive field for near objects), then a top-down path (1x1 lateral
 * convs, nearest 2x upsampling, sum, 3x3 smoothing) back to stride 4 (resolution for far, small
 * objects). With base width c the stages have c, 1.5c, 3c and 6c channels and the output
 * {@link #neckChannels 2c}. The input height and width must be multiples of 16.
 *
 * <pre>
 * x  -conv s2-> s2 -conv s2, conv-> s4 -conv s2, conv-> s8 -conv s2, conv, conv d2-> s16
 * p8 = conv3x3(lateral(s8) + up(lateral(s16)))
 * p4 = conv3x3(lateral(s4) + up(p8))            -> output, 2c channels, stride 4
 * </pre>
 *
 * Built only from DJL's standard blocks (nested {@link ParallelBlock}s do the skip connections), so
 * parameters save and load with the block format and need no custom block class.
 */
public final class FpnLiteBackbone {

    /** Input height and width must be multiples of this (the deepest stage's stride), px. */
    public static final int INPUT_MULTIPLE_PX = 16;
    /** Stride of the output feature map. */
    public static final int OUTPUT_STRIDE = 4;

    private FpnLiteBackbone() {
    }

    /** Channels of the stride-4 output for base width {@code c}. */
    public static int neckChannels(int c) {
        return 2 * c;
    }

    /** The backbone for base width {@code c} (>= 1): input [N, 3, H, W], output [N, 2c, H/4, W/4]. */
    public static SequentialBlock build(int c) {
        return build(c, false);
    }

    /**
     * {@link #build(int)} or, when {@code folded}, its inference form with every BatchNorm folded into
     * the convolution before it ({@link BatchNormFolding}; same outputs to float rounding) and its
     * widths padded for the CPU kernels ({@link ConvBlocks#kernelSafeWidth}; output
     * {@code kernelSafeWidth(2c)} channels).
     */
    public static SequentialBlock build(int c, boolean folded) {
        if (c < 1) {
            throw new IllegalArgumentException("FpnLiteBackbone base width must be >= 1, was " + c);
        }
        // Inference widths padded for the CPU kernels (ConvBlocks.kernelSafeWidth): same outputs.
        int c1 = ConvBlocks.width(c, folded);
        int c4 = ConvBlocks.width(Math.max(1, c * 3 / 2), folded);
        int c8 = ConvBlocks.width(3 * c, folded);
        int c16 = ConvBlocks.width(6 * c, folded);
        int n = ConvBlocks.width(neckChannels(c), folded);
        SequentialBlock stage16 = new SequentialBlock()
                .add(ConvBlocks.convBnRelu(c16, 2, 1, folded))
                .add(ConvBlocks.convBnRelu(c16, 1, 1, folded))
                .add(ConvBlocks.convBnRelu(c16, 1, 2, folded))
                .add(ConvBlocks.conv1x1(n))
                .add(upsample2x());
        SequentialBlock stage8 = new SequentialBlock()
                .add(ConvBlocks.convBnRelu(c8, 2, 1, folded))
                .add(ConvBlocks.convBnRelu(c8, 1, 1, folded))
                .add(lateralSum(n, stage16))
                .add(ConvBlocks.convBnRelu(n, 1, 1, folded))
                .add(upsample2x());
        return new SequentialBlock()
                .add(ConvBlocks.convBnRelu(c1, 2, 1, folded))
                .add(ConvBlocks.convBnRelu(c4, 2, 1, folded))
                .add(ConvBlocks.convBnRelu(c4, 1, 1, folded))
                .add(lateralSum(n, stage8))
                .add(ConvBlocks.convBnRelu(n, 1, 1, folded));
    }

    /** 1x1 lateral projection of the input to {@code n} channels, plus {@code deeper} of the input. */
    static Block lateralSum(int n, Block deeper) {
        return new ParallelBlock(FpnLiteBackbone::sum, List.of(ConvBlocks.conv1x1(n), deeper));
    }

    private static NDList sum(List<NDList> branches) {
        NDArray total = branches.get(0).singletonOrThrow();
        for (int i = 1; i < branches.size(); i++) {
            total = total.add(branches.get(i).singletonOrThrow());
        }
        return new NDList(total);
    }

    /** Nearest-neighbour 2x upsampling of an NCHW tensor (no parameters). */
    public static LambdaBlock upsample2x() {
        return new LambdaBlock(x -> new NDList(upsample2x(x.singletonOrThrow())));
    }

    /**
     * {@code x [N, C, H, W]} with each value repeated into a 2 x 2 block: {@code [N, C, 2H, 2W]}.
     * One broadcast view and one copy (two {@code repeat}s, PyTorch's index-gathering
     * {@code repeat_interleave}, cost ~3 % of the camera network's CPU).
     */
    static NDArray upsample2x(NDArray x) {
        Shape s = x.getShape();
        long n = s.get(0);
        long c = s.get(1);
        long h = s.get(2);
        long w = s.get(3);
        return x.reshape(n, c, h, 1, w, 1).broadcast(new Shape(n, c, h, 2, w, 2)).reshape(n, c, 2 * h, 2 * w);
    }
}
