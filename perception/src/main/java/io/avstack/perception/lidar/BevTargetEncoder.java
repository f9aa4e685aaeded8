package io.avstack.perception.lidar;

import io.avstack.perception.nn.GaussianHeatmap;
import java.util.Arrays;
import java.util.List;

/**
 * Training targets of one scan at output resolution: per-class Gaussian centre heatmaps, and at each
 * centre cell the box regression of {@link BevLayout} (less its priors), with a mask saying where it
 * is defined.
 * Boxes whose centre is outside the grid or whose class the detector does not have are skipped.
 * Writes into caller-provided arrays (one slice of a batch), so a batch needs no per-sample copy.
 */
public final class BevTargetEncoder {

    /** Smallest Gaussian radius, output cells: a pedestrian is less than one cell wide. */
    static final int MIN_RADIUS = 1;
    /**
     * CenterPoint's minimum overlap for bird's-eye-view splats; CenterNet's 0.7 would give a car a
     * radius of 7 cells (5.6 m), blurring its centre into its neighbours'.
     */
    static final double MIN_OVERLAP = 0.1;

    private final LidarDetectorConfig config;

    public BevTargetEncoder(LidarDetectorConfig config) {
        this.config = config;
    }

    /**
     * Encodes {@code boxes} into slice {@code b} of batch arrays: {@code heatmap} holds
     * {@code numClasses} planes per sample, {@code regression} {@link BevLayout#REGRESSION_CHANNELS}
     * planes, {@code mask} one plane. The slice is cleared first.
     */
    public void encode(List<BevBox> boxes, int b, float[] heatmap, float[] regression, float[] mask) {
        int rows = config.outputRows();
        int cols = config.outputCols();
        int plane = rows * cols;
        int nc = config.numClasses();
        int reg = BevLayout.REGRESSION_CHANNELS;
        Arrays.fill(heatmap, b * nc * plane, (b + 1) * nc * plane, 0f);
        Arrays.fill(regression, b * reg * plane, (b + 1) * reg * plane, 0f);
        Arrays.fill(mask, b * plane, (b + 1) * plane, 0f);
        BevGrid g = config.grid();
        double cell = config.outputCellM();
        for (BevBox box : boxes) {
            int cls = config.classes().indexOf(box.cls());
            if (cls < 0 || !g.contains(box.xM(), box.yM())) {
                continue;
            }
            double fr = (box.xM() - g.xMinM()) / cell;
            double fc = (box.yM() - g.yMinM()) / cell;
            int r = Math.min(rows - 1, (int) fr);
            int c = Math.min(cols - 1, (int) fc);
            int radius = Math.max(MIN_RADIUS,
                    GaussianHeatmap.radius(box.widthM() / cell, box.lengthM() / cell, MIN_OVERLAP));
            GaussianHeatmap.draw(heatmap, (b * nc + cls) * plane, cols, rows, c, r, radius);
            int at = b * reg * plane + r * cols + c;
            put(regression, at, plane, BevLayout.LOG_LENGTH, Math.log(box.lengthM()));
            put(regression, at, plane, BevLayout.LOG_WIDTH, Math.log(box.widthM()));
            put(regression, at, plane, BevLayout.LOG_HEIGHT, Math.log(Math.max(0.05, box.heightM())));
            put(regression, at, plane, BevLayout.OFFSET_X, fr - r);
            put(regression, at, plane, BevLayout.OFFSET_Y, fc - c);
            put(regression, at, plane, BevLayout.SIN_2YAW, Math.sin(2 * box.yawRad()));
            put(regression, at, plane, BevLayout.COS_2YAW, Math.cos(2 * box.yawRad()));
            mask[b * plane + r * cols + c] = 1;
        }
    }

    /** Writes channel {@code k}'s target at {@code at}, less the channel's prior. */
    private static void put(float[] regression, int at, int plane, int k, double value) {
        regression[at + k * plane] = (float) (value - BevLayout.prior(k));
    }
}
