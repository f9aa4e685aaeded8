package io.avstack.perception.lidar;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import io.avstack.perception.nn.ConvBlocks;

/**
 * Building blocks of {@link LidarArchitecture#COMPACT}, each in its training form (with BatchNorm)
 * and its inference form ({@code folded}: the BatchNorm folded into the convolution before it, see
 * {@link BatchNormFolding}): conv-BN-ReLU, the depthwise-separable block, the pointwise head.
 *
 * <p>The separable block is Xception's form: a depthwise 3x3 straight into the pointwise 1x1, with
 * BatchNorm and ReLU only after the pointwise (a BN + ReLU between the two cost ~10 % more CPU here
 * and Xception found it no better). Measured on this CPU (single thread, 32 channels at 80 x 64)
 * one block costs ~0.4-0.5 ms against ~1.0 ms for a plain 3x3 convolution with BN and ReLU.
 */
final class CompactBlocks {

    private CompactBlocks() {
    }

    /**
     * Depthwise 3x3 (dilation {@code dilation}, padding keeps the size) over {@code inChannels},
     * pointwise 1x1 to {@code outChannels}, BatchNorm, ReLU. No biases: the BatchNorm has one
     * ({@code folded}: no BatchNorm, the pointwise has the bias).
     */
    static SequentialBlock separable(int inChannels, int outChannels, int dilation, boolean folded) {
        SequentialBlock b = new SequentialBlock()
                .add(Conv2d.builder()
                        .setFilters(inChannels)
                        .setKernelShape(new Shape(3, 3))
                        .optPadding(new Shape(dilation, dilation))
                        .optDilation(new Shape(dilation, dilation))
                        .optGroups(inChannels)
                        .optBias(false)
                        .build())
                .add(Conv2d.builder().setFilters(outChannels).setKernelShape(new Shape(1, 1)).optBias(folded).build());
        return withNormRelu(b, folded);
    }

    /**
     * {@link ConvBlocks#convBnRelu}, or its inference form ({@code folded}: the convolution with a
     * bias, then ReLU).
     */
    static SequentialBlock convBnRelu(int channels, int stride, int dilation, boolean folded) {
        if (!folded) {
            return ConvBlocks.convBnRelu(channels, stride, dilation);
        }
        SequentialBlock b = new SequentialBlock().add(Conv2d.builder()
                .setFilters(channels)
                .setKernelShape(new Shape(3, 3))
                .optStride(new Shape(stride, stride))
                .optPadding(new Shape(dilation, dilation))
                .optDilation(new Shape(dilation, dilation))
                .build());
        return withNormRelu(b, true);
    }

    /**
     * A head without spatial context of its own: 1x1 to {@code hidden} + BatchNorm + ReLU, then 1x1
     * with bias to {@code outChannels} (training form; {@link CompactHeads} is the inference form of
     * the two heads).
     */
    static SequentialBlock pointwiseHead(int hidden, int outChannels) {
        SequentialBlock b = new SequentialBlock()
                .add(Conv2d.builder().setFilters(hidden).setKernelShape(new Shape(1, 1)).optBias(false).build());
        return withNormRelu(b, false).add(ConvBlocks.conv1x1(outChannels));
    }

    /** A 1x1 convolution with a bias (a folded conv-BN). */
    static Conv2d foldedConv1x1(int channels) {
        return Conv2d.builder().setFilters(channels).setKernelShape(new Shape(1, 1)).build();
    }

    private static SequentialBlock withNormRelu(SequentialBlock b, boolean folded) {
        if (!folded) {
            b.add(BatchNorm.builder().build());
        }
        return b.add(Activation.reluBlock());
    }
}
