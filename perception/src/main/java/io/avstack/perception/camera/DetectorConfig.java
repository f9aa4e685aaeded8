package io.avstack.perception.camera;

import io.avstack.core.msg.ObjectClass;
import io.avstack.perception.nn.FpnLiteBackbone;
import io.avstack.perception.nn.Normalisation;
import java.util.List;
import java.util.Objects;

/**
 * Shape of the network and decoding settings. The input is resized to inputWidthPx x inputHeightPx;
 * outputs are at {@link #OUTPUT_STRIDE}.
 *
 * @param inputWidthPx   network input width, a multiple of {@link #INPUT_MULTIPLE_PX}
 * @param inputHeightPx  network input height, a multiple of {@link #INPUT_MULTIPLE_PX}
 * @param classes        the heatmap channels, in order
 * @param baseChannels   width c of the first conv block; deeper stages use 1.5c, 3c, 6c, the stride-4
 *                       output 2c (see {@link FpnLiteBackbone})
 * @param normalisation  input normalisation
 * @param scoreThreshold minimum heatmap peak score to report, in (0, 1)
 * @param topK           at most this many peaks are decoded per frame
 * @param nmsIou         class-wise box NMS overlap threshold, in (0, 1]
 * @param crossClassNmsIou boxes of different classes overlapping more than this are one object
 *                       seen as two classes (a cyclist also scored as a pedestrian): only the
 *                       higher score stays; in (0, 1], 1 disables
 * @param architecture   the network {@link CenterNetModel} builds (see {@link CameraArchitecture})
 */
public record DetectorConfig(int inputWidthPx, int inputHeightPx, List<ObjectClass> classes, int baseChannels,
                             Normalisation normalisation, double scoreThreshold, int topK, double nmsIou,
                             double crossClassNmsIou, CameraArchitecture architecture) {

    public static final int OUTPUT_STRIDE = FpnLiteBackbone.OUTPUT_STRIDE;
    /** Input sizes must be multiples of this, px (the backbone's deepest stride). */
    public static final int INPUT_MULTIPLE_PX = FpnLiteBackbone.INPUT_MULTIPLE_PX;
    /** The four classes of the camera detector issue. */
    public static final List<ObjectClass> DEFAULT_CLASSES =
            List.of(ObjectClass.CAR, ObjectClass.TRUCK, ObjectClass.PEDESTRIAN, ObjectClass.CYCLIST);

    public DetectorConfig {
        classes = List.copyOf(Objects.requireNonNull(classes, "DetectorConfig.classes"));
        Objects.requireNonNull(normalisation, "DetectorConfig.normalisation");
        Objects.requireNonNull(architecture, "DetectorConfig.architecture");
        requireInputMultiple("inputWidthPx", inputWidthPx);
        requireInputMultiple("inputHeightPx", inputHeightPx);
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("DetectorConfig.classes must not be empty");
        }
        if (baseChannels < 1) {
            throw new IllegalArgumentException("DetectorConfig.baseChannels must be >= 1, was " + baseChannels);
        }
        if (!(scoreThreshold > 0 && scoreThreshold < 1)) {
            throw new IllegalArgumentException("DetectorConfig.scoreThreshold must be in (0, 1), was " + scoreThreshold);
        }
        if (topK < 1) {
            throw new IllegalArgumentException("DetectorConfig.topK must be >= 1, was " + topK);
        }
        if (!(nmsIou > 0 && nmsIou <= 1)) {
            throw new IllegalArgumentException("DetectorConfig.nmsIou must be in (0, 1], was " + nmsIou);
        }
        if (!(crossClassNmsIou > 0 && crossClassNmsIou <= 1)) {
            throw new IllegalArgumentException("DetectorConfig.crossClassNmsIou must be in (0, 1], was "
                    + crossClassNmsIou);
        }
    }

    /**
     * 3x240x320 input (640x480 halved: the bilinear resize is then an exact 2x2 average), the
     * {@link CameraArchitecture#FPN_LITE} network with 16 base channels, the four default classes, score threshold 0.3, 100 peaks, class-wise NMS at IoU 0.5,
     * no cross-class suppression (measured: at 0.7 it cost pedestrian AP 0.606 -> 0.591 and cyclist
     * 0.283 -> 0.246, because the weaker class of a confused pair is often the right one).
     */
    public static DetectorConfig defaults() {
        return new DetectorConfig(320, 240, DEFAULT_CLASSES, 16, Normalisation.IMAGENET, 0.3, 100, 0.5, 1.0,
                CameraArchitecture.FPN_LITE);
    }

    /** Same settings with another input size. */
    public DetectorConfig withInputSize(int widthPx, int heightPx) {
        return new DetectorConfig(widthPx, heightPx, classes, baseChannels, normalisation, scoreThreshold, topK, nmsIou,
                crossClassNmsIou, architecture);
    }

    /** Same settings with another minimum peak score. */
    public DetectorConfig withScoreThreshold(double threshold) {
        return new DetectorConfig(inputWidthPx, inputHeightPx, classes, baseChannels, normalisation, threshold, topK,
                nmsIou, crossClassNmsIou, architecture);
    }

    /** Same settings with another cross-class overlap limit (1 disables cross-class suppression). */
    public DetectorConfig withCrossClassNmsIou(double iou) {
        return new DetectorConfig(inputWidthPx, inputHeightPx, classes, baseChannels, normalisation, scoreThreshold, topK,
                nmsIou, iou, architecture);
    }

    /** Same settings with another first-block width. */
    public DetectorConfig withBaseChannels(int channels) {
        return new DetectorConfig(inputWidthPx, inputHeightPx, classes, channels, normalisation, scoreThreshold, topK,
                nmsIou, crossClassNmsIou, architecture);
    }

    /** Same settings with another network architecture. */
    public DetectorConfig withArchitecture(CameraArchitecture arch) {
        return new DetectorConfig(inputWidthPx, inputHeightPx, classes, baseChannels, normalisation, scoreThreshold, topK,
                nmsIou, crossClassNmsIou, arch);
    }

    public int numClasses() {
        return classes.size();
    }

    public int outputWidth() {
        return inputWidthPx / OUTPUT_STRIDE;
    }

    public int outputHeight() {
        return inputHeightPx / OUTPUT_STRIDE;
    }

    private static void requireInputMultiple(String name, int value) {
        if (value < INPUT_MULTIPLE_PX || value % INPUT_MULTIPLE_PX != 0) {
            throw new IllegalArgumentException("DetectorConfig." + name + " must be a positive multiple of "
                    + INPUT_MULTIPLE_PX + ", was " + value);
        }
    }
}
