package io.avstack.perception.camera;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Which network {@link CenterNetModel} builds for a {@link DetectorConfig}; recorded as
 * {@code architecture} in a model's {@code metadata.json} (absent there: {@link #FPN_LITE}, the
 * network every model folder written before the field existed holds).
 */
public enum CameraArchitecture {

    /**
     * {@link io.avstack.perception.nn.FpnLiteBackbone} + separate heatmap and regression heads with
     * a 3x3 hidden convolution each; runs as trained (BatchNorm, planar input).
     */
    FPN_LITE("fpn-lite", false),
    /**
     * {@link io.avstack.perception.nn.DwFpnBackbone} + heatmap and regression heads with a
     * depthwise-separable hidden layer each; at
     * inference its BatchNorms are folded into the convolutions and the input is handed over
     * channels-last (oneDNN's NHWC kernels, no per-convolution layout reorders).
     */
    FPN_LITE_DW("fpn-lite-dw", true);

    private final String id;
    private final boolean inferenceOptimised;

    CameraArchitecture(String id, boolean inferenceOptimised) {
        this.id = id;
        this.inferenceOptimised = inferenceOptimised;
    }

    /** The name in metadata.json and on the command line. */
    public String id() {
        return id;
    }

    /**
     * Whether inference runs a BatchNorm-folded copy of the trained network with a channels-last
     * input (outputs equal to float rounding). Off for {@link #FPN_LITE}, so the models trained
     * before it existed give bit-identical outputs.
     */
    public boolean inferenceOptimised() {
        return inferenceOptimised;
    }

    /**
     * The architecture named {@code id}; {@code null} (a metadata.json without the field) is
     * {@link #FPN_LITE}.
     *
     * @throws IllegalArgumentException naming the value and the known ones
     */
    public static CameraArchitecture fromId(String id) {
        if (id == null) {
            return FPN_LITE;
        }
        for (CameraArchitecture a : values()) {
            if (a.id.equals(id)) {
                return a;
            }
        }
        throw new IllegalArgumentException("unknown camera architecture '" + id + "', expected one of "
                + Arrays.stream(values()).map(CameraArchitecture::id).collect(Collectors.joining(", ")));
    }
}
