package io.avstack.perception.nn;

import ai.djl.nn.SequentialBlock;

/**
 * The cheaper sibling of {@link FpnLiteBackbone}: same strides, same stem and stride-4/8 stages,
 * same top-down path and stride-4 output of 2c channels, shaped by measured single-thread CPU time
 * rather than multiply-adds (docs/CAMERA-DETECTOR.md, "Cheaper network"):
 *
 * <ul>
 *   <li>the stride-4 smoothing convolution is depthwise-separable
 *       ({@link ConvBlocks#depthwiseSeparable}): 6 M instead of 44 M multiply-adds at 320x240;</li>
 *   <li>stride-16 stage 5c (not 6c) channels: 80 x 15 x 20 still exceeds PyTorch's 20,480-element
 *       threshold below which a batch-1 3x3 convolution leaves oneDNN for a ~2x slower path, which 64
 *       channels (the next obvious choice) would not.</li>
 * </ul>
 *
 * A narrower stem (c/2) and stride-4 stage (c) measured about 20 % less CPU again but lost far too
 * much accuracy (car AP 0.79-0.84), like the half-width network: the small far objects need those
 * early channels.
 *
 * <pre>
 * x -conv s2 (c)-> -conv s2, conv (1.5c)-> s4 -conv s2, conv (3c)-> s8 -conv s2, conv, conv d2 (5c)-> s16
 * p8 = conv3x3(lateral(s8) + up(lateral(s16)))
 * p4 = dwSeparable(lateral(s4) + up(p8))                -> output, 2c channels, stride 4
 * </pre>
 *
 * {@code folded} builds the inference form (convolutions with biases, no BatchNorm) that
 * {@link BatchNormFolding} fills from a trained network; its parameters are in the same order.
 */
public final class DwFpnBackbone {

    private DwFpnBackbone() {
    }

    /** Input [N, 3, H, W] (H, W multiples of 16), output [N, 2c, H/4, W/4]. */
    public static SequentialBlock build(int c, boolean folded) {
        if (c < 2) {
            throw new IllegalArgumentException("DwFpnBackbone base width must be >= 2, was " + c);
        }
        // Inference widths padded for the CPU kernels (ConvBlocks.kernelSafeWidth): same outputs.
        int n = ConvBlocks.width(FpnLiteBackbone.neckChannels(c), folded);
        int c1 = ConvBlocks.width(c, folded);
        int c4 = ConvBlocks.width(Math.max(1, c * 3 / 2), folded);
        int c8 = ConvBlocks.width(3 * c, folded);
        int c16 = ConvBlocks.width(5 * c, folded);
        SequentialBlock stage16 = new SequentialBlock()
                .add(ConvBlocks.convBnRelu(c16, 2, 1, folded))
                .add(ConvBlocks.convBnRelu(c16, 1, 1, folded))
                .add(ConvBlocks.convBnRelu(c16, 1, 2, folded))
                .add(ConvBlocks.conv1x1(n))
                .add(FpnLiteBackbone.upsample2x());
        SequentialBlock stage8 = new SequentialBlock()
                .add(ConvBlocks.convBnRelu(c8, 2, 1, folded))
                .add(ConvBlocks.convBnRelu(c8, 1, 1, folded))
                .add(FpnLiteBackbone.lateralSum(n, stage16))
                .add(ConvBlocks.convBnRelu(n, 1, 1, folded))
                .add(FpnLiteBackbone.upsample2x());
        return new SequentialBlock()
                .add(ConvBlocks.convBnRelu(c1, 2, 1, folded))
                .add(ConvBlocks.convBnRelu(c4, 2, 1, folded))
                .add(ConvBlocks.convBnRelu(c4, 1, 1, folded))
                .add(FpnLiteBackbone.lateralSum(n, stage8))
                .add(ConvBlocks.depthwiseSeparable(n, n, folded));
    }
}
