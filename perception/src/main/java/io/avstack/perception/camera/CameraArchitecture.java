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
     * a 3x3 hidden convolution each; planar input (channels-last made its forward pass ~40 % slower
     * on the AVX-512 EPYC, docs/REGRESSION-PERF.md).
     */
    FPN_LITE("fpn-lite", false),
    /**
     * {@link io.avstack.perception.nn.DwFpnBackbone} + heatmap and regression heads with a
     * depthwise-separable hidden layer each; the input is handed over channels-last (oneDNN's NHWC
     * kernels, no per-convolution layout reorders).
     */
    FPN_LITE_DW("fpn-lite-dw", true);

    private final String id;
    private final boolean channelsLastInput;

    CameraArchitecture(String id, boolean channelsLastInput) {
        this.id = id;
        this.channelsLastInput = channelsLastInput;
    }

    /** The name in metadata.json and on the command line. */
    public String id() {
        return id;
    }

    /**
     * Whether inference hands the network its input channels-last ({@code [H, W, 3]} in memory,
     * viewed as {@code [1, 3, H, W]}) rather than as planes. Every architecture runs a
     * BatchNorm-folded copy of the trained network at inference ({@link CenterNetModel#load}).
     */
    public boolean channelsLastInput() {
        return channelsLastInput;
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
