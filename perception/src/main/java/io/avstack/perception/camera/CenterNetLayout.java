package io.avstack.perception.camera;

/**
 * Channel layout of the network output {@code [N, numClasses + 5, H/4, W/4]}: heatmap logits per
 * class, then box width and height (output cells), sub-cell offset x and y, and ln(distance m).
 */
public final class CenterNetLayout {

    /** Channels after the class heatmaps: w, h, offset x, offset y, log-depth. */
    public static final int REGRESSION_CHANNELS = 5;

    private CenterNetLayout() {
    }

    public static int sizeW(int numClasses) {
        return numClasses;
    }

    public static int sizeH(int numClasses) {
        return numClasses + 1;
    }

    public static int offsetX(int numClasses) {
        return numClasses + 2;
    }

    public static int offsetY(int numClasses) {
        return numClasses + 3;
    }

    public static int logDepth(int numClasses) {
        return numClasses + 4;
    }

    public static int channels(int numClasses) {
        return numClasses + REGRESSION_CHANNELS;
    }
}
