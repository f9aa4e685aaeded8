package io.avstack.perception.lidar;

/**
 * Channel layout of the lidar network output {@code [N, numClasses + 7, rows / 2, cols / 2]}:
 * heatmap logits per class, then at each object centre cell ln(length m), ln(width m),
 * ln(height m), the sub-cell offset of the centre along rows (x) and columns (y) in output cells,
 * and sin(2 yaw), cos(2 yaw). Twice the yaw because a box turned by pi is the same box: the lidar
 * cannot tell a car's front from its back from the points alone, and a regression on (sin, cos) of
 * the yaw itself would average the two answers to nothing.
 */
public final class BevLayout {

    /** Channels after the class heatmaps. */
    public static final int REGRESSION_CHANNELS = 7;
    public static final int LOG_LENGTH = 0;
    public static final int LOG_WIDTH = 1;
    public static final int LOG_HEIGHT = 2;
    public static final int OFFSET_X = 3;
    public static final int OFFSET_Y = 4;
    public static final int SIN_2YAW = 5;
    public static final int COS_2YAW = 6;

    /**
     * Subtracted from the regression targets by the encoder and added back by the decoder, per
     * channel: a typical object (ln 4 m long, ln 1.8 m wide, ln 1.6 m high, centred in its cell,
     * aligned with the road: sin 0, cos 1). The network then starts near the answer instead of
     * spending its first thousand steps moving biases, and the architecture stays plain.
     */
    private static final float[] PRIOR = {(float) Math.log(4), (float) Math.log(1.8), (float) Math.log(1.6), 0.5f,
        0.5f, 0f, 1f};

    private BevLayout() {
    }

    /** The prior of regression channel {@code k} (0 = {@link #LOG_LENGTH}). */
    public static float prior(int k) {
        return PRIOR[k];
    }

    public static int channels(int numClasses) {
        return numClasses + REGRESSION_CHANNELS;
    }
}
