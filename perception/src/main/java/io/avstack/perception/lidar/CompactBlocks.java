package io.avstack.perception.lidar;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import io.avstack.perception.nn.ConvBlocks;

/**
 * The pointwise head of {@link LidarArchitecture#COMPACT} in its training form (the inference form
 * of the two heads is {@link CompactHeads}). Its other blocks are {@link ConvBlocks}' conv-BN-ReLU
 * and Xception-form depthwise-separable block ({@code normBetween} false; measured on this CPU,
 * single thread, 32 channels at 80 x 64: ~0.4-0.5 ms against ~1.0 ms for a plain 3x3 conv-BN-ReLU),
 * each with its folded inference form ({@link io.avstack.perception.nn.BatchNormFolding}).
 */
final class CompactBlocks {

    private CompactBlocks() {
    }

    /**
     * A head without spatial context of its own: 1x1 to {@code hidden} + BatchNorm + ReLU, then 1x1
     * with bias to {@code outChannels} (training form; {@link CompactHeads} is the inference form of
     * the two heads).
     */
    static SequentialBlock pointwiseHead(int hidden, int outChannels) {
        return new SequentialBlock()
                .add(Conv2d.builder().setFilters(hidden).setKernelShape(new Shape(1, 1)).optBias(false).build())
                .add(BatchNorm.builder().build())
                .add(Activation.reluBlock())
                .add(ConvBlocks.conv1x1(outChannels));
    }
}
