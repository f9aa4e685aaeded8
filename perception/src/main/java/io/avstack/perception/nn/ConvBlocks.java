package io.avstack.perception.nn;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;

/** Small building blocks for convolutional networks. */
public final class ConvBlocks {

    private ConvBlocks() {
    }

    /** 3x3 convolution (no bias: BatchNorm has one) + BatchNorm + ReLU, padding keeps the size / stride. */
    public static SequentialBlock convBnRelu(int channels, int stride, int dilation) {
        return new SequentialBlock()
                .add(Conv2d.builder()
                        .setFilters(channels)
                        .setKernelShape(new Shape(3, 3))
                        .optStride(new Shape(stride, stride))
                        .optPadding(new Shape(dilation, dilation))
                        .optDilation(new Shape(dilation, dilation))
                        .optBias(false)
                        .build())
                .add(BatchNorm.builder().build())
                .add(Activation.reluBlock());
    }

    /** 1x1 convolution with bias: a per-pixel linear head. */
    public static Conv2d conv1x1(int channels) {
        return Conv2d.builder().setFilters(channels).setKernelShape(new Shape(1, 1)).build();
    }
}
