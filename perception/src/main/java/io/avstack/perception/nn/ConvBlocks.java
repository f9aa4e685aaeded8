package io.avstack.perception.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import java.util.List;

/** Small building blocks for convolutional networks. */
public final class ConvBlocks {

    /** See {@link #heatmapHead}. */
    private static final float HEATMAP_PRIOR = 2.19f;

    private ConvBlocks() {
    }

    /** 3x3 convolution (no bias: BatchNorm has one) + BatchNorm + ReLU, padding keeps the size / stride. */
    public static SequentialBlock convBnRelu(int channels, int stride, int dilation) {
        return new SequentialBlock()
                .add(conv3x3(channels, stride, dilation, false))
                .add(BatchNorm.builder().build())
                .add(Activation.reluBlock());
    }

    /**
     * {@link #convBnRelu} or, when {@code folded}, its inference form: the same 3x3 convolution with
     * a bias (the BatchNorm folded into weight and bias, see {@link BatchNormFolding}) + ReLU.
     */
    public static SequentialBlock convBnRelu(int channels, int stride, int dilation, boolean folded) {
        if (!folded) {
            return convBnRelu(channels, stride, dilation);
        }
        return new SequentialBlock().add(conv3x3(channels, stride, dilation, true)).add(Activation.reluBlock());
    }

    private static Conv2d conv3x3(int channels, int stride, int dilation, boolean bias) {
        return Conv2d.builder()
                .setFilters(channels)
                .setKernelShape(new Shape(3, 3))
                .optStride(new Shape(stride, stride))
                .optPadding(new Shape(dilation, dilation))
                .optDilation(new Shape(dilation, dilation))
                .optBias(bias)
                .build();
    }

    /**
     * Depthwise-separable 3x3 convolution: depthwise 3x3 over the {@code in} input channels +
     * BatchNorm (no ReLU between, as MobileNetV2's linear depthwise step), then 1x1 to {@code out}
     * channels + BatchNorm + ReLU. About 9 / out + 1 / 9 of a full 3x3 convolution's multiply-adds.
     * When {@code folded}, the inference form: both convolutions with a bias, no BatchNorm.
     */
    public static SequentialBlock depthwiseSeparable(int in, int out, boolean folded) {
        return depthwiseSeparable(in, out, 1, true, folded);
    }

    /**
     * Depthwise 3x3 with dilation {@code dilation} (padding keeps the size) over {@code in} channels,
     * BatchNorm after it only if {@code normBetween} (Xception's form has none: a BN there cost the
     * lidar network ~10 % more CPU and Xception found it no better), pointwise 1x1 to {@code out},
     * BatchNorm, ReLU. When {@code folded}, the inference form: no BatchNorm, a bias on each
     * convolution a BatchNorm followed.
     */
    public static SequentialBlock depthwiseSeparable(int in, int out, int dilation, boolean normBetween,
            boolean folded) {
        SequentialBlock b = new SequentialBlock().add(Conv2d.builder()
                .setFilters(in)
                .optGroups(in)
                .setKernelShape(new Shape(3, 3))
                .optPadding(new Shape(dilation, dilation))
                .optDilation(new Shape(dilation, dilation))
                .optBias(folded && normBetween)
                .build());
        if (normBetween && !folded) {
            b.add(BatchNorm.builder().build());
        }
        b.add(Conv2d.builder().setFilters(out).setKernelShape(new Shape(1, 1)).optBias(folded).build());
        if (!folded) {
            b.add(BatchNorm.builder().build());
        }
        return b.add(Activation.reluBlock());
    }

    /**
     * {@code channels} as an inference network built for the CPU's AVX-512 kernels holds them: above
     * 16, rounded up to a multiple of 16. oneDNN 3.5's AVX-512 3x3 convolutions (PyTorch 2.5.1) give
     * wrong outputs (30-50 % relative error) when their input has more than 16 channels and not a
     * multiple of 16 (measured on the AMD EPYC kind, every stride and dilation; 1x1 and <= 16
     * channels are right; docs/DETERMINISM.md). The extra channels carry zero weights and biases
     * ({@link BatchNormFolding} pads the trained tensors), so the outputs are the trained network's.
     */
    public static int kernelSafeWidth(int channels) {
        return channels > 16 && channels % 16 != 0 ? (channels + 15) / 16 * 16 : channels;
    }

    /** {@link #kernelSafeWidth} of {@code channels} when {@code folded} (the inference form), else {@code channels}. */
    public static int width(int channels, boolean folded) {
        return folded ? kernelSafeWidth(channels) : channels;
    }

    /** 1x1 convolution with bias: a per-pixel linear head. */
    public static Conv2d conv1x1(int channels) {
        return Conv2d.builder().setFilters(channels).setKernelShape(new Shape(1, 1)).build();
    }

    /** CenterNet output head: 3x3 convolution to {@code hidden} channels, ReLU, 1x1 to {@code outChannels}. */
    public static SequentialBlock head(int hidden, int outChannels) {
        return new SequentialBlock()
                .add(Conv2d.builder().setFilters(hidden).setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
                        .build())
                .add(Activation.reluBlock())
                .add(conv1x1(outChannels));
    }

    /**
     * CenterPoint's output head: 3x3 convolution to {@code hidden} channels with BatchNorm and ReLU,
     * then 1x1 to {@code outChannels}. The BatchNorm keeps the hidden units from dying under a high
     * learning rate (a dead unit leaves the output stuck at its bias for every input it missed).
     */
    public static SequentialBlock normHead(int hidden, int outChannels) {
        return new SequentialBlock().add(convBnRelu(hidden, 1, 1)).add(conv1x1(outChannels));
    }

    /**
     * CenterNet heatmap head: {@link #head} with the focal-loss prior subtracted from the logits
     * (bias -2.19, sigmoid ~0.1) so early training is not swamped by background loss. A fixed
     * shift has no parameter to persist.
     */
    public static SequentialBlock heatmapHead(int hidden, int classes) {
        return withHeatmapPrior(head(hidden, classes));
    }

    /** Subtracts the CenterNet prior (see {@link #heatmapHead}) from the output of {@code head}. */
    public static SequentialBlock withHeatmapPrior(SequentialBlock head) {
        return head.add(x -> new NDList(x.singletonOrThrow().sub(HEATMAP_PRIOR)));
    }

    /** Join function of a {@code ParallelBlock} of heads: their outputs concatenated along the channel axis. */
    public static NDList concatChannels(List<NDList> outputs) {
        NDList parts = new NDList(outputs.size());
        for (NDList o : outputs) {
            parts.add(o.singletonOrThrow());
        }
        NDArray all = NDArrays.concat(parts, 1);
        return new NDList(all);
    }
}
