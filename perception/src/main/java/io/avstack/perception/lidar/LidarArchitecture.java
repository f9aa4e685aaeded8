package io.avstack.perception.lidar;

/**
 * Which lidar network {@link BevCenterNetModel} builds, recorded in the model folder's
 * {@code metadata.json} ({@code "architecture"}; absent means {@link #PLAIN}, the first shipped
 * model's). Both read the same raster and write the same heads at the same output stride, so
 * everything but the network itself (targets, loss, decoder) is shared.
 */
public enum LidarArchitecture {
    /**
     * Plain 3x3 convolutions: full resolution at {@code c}, stride 2 at {@code 2c}, three 3x3 at
     * {@code 2c} (dilations 1, 2, 4), heads conv3x3 {@code c} + BN + ReLU + 1x1. ~225 M multiply-adds
     * for c = 16.
     */
    PLAIN,
    /**
     * About half of {@link #PLAIN}'s forward CPU (docs/LIDAR-DETECTOR.md). Keeps most of its trunk
     * and drops what costs CPU for little: no full-resolution block (the stride-2 convolution reads
     * the raster itself, {@code 2c}), 3x3 at {@code 2c} dilation 2, a depthwise-separable block at
     * dilation 4, 3x3 at {@code 2c} dilation 1, heads 1x1 {@code c} + BN + ReLU + 1x1. Run with its
     * BatchNorms folded ({@link BevCenterNetModel#inferenceModel}).
     */
    COMPACT
}
