package io.avstack.perception.lidar;

import io.avstack.perception.nn.GaussianHeatmap;
import java.util.Arrays;
import java.util.List;

/**
 * Training targets of one scan at output resolution: per-class Gaussian centre heatmaps, and around
 * each centre cell the box regression of {@link BevLayout} (less its priors), with a mask saying where it
 * is defined.
 * Boxes whose centre is outside the grid or whose class the detector does not have are skipped.
 * Writes into caller-provided arrays (one slice of a batch), so a batch needs no per-sample copy.
 * Not thread-safe (a work array).
 */
public final class BevTargetEncoder {

    /** Smallest Gaussian radius, output cells: a pedestrian is less than one cell wide. */
    static final int MIN_RADIUS = 1;
    /**
     * CenterPoint's minimum overlap for bird's-eye-view splats; CenterNet's 0.7 would give a car a
     * radius of 7 cells (5.6 m), blurring its centre into its neighbours'.
     */
    static final double MIN_OVERLAP = 0.1;

    /**
     * Box regression is taught at the centre cell and at cells up to this far from it (a 3 x 3
     * patch), each with the offset from its own corner: the heatmap peak of a long truck often lands
     * a cell off its centre, and a cell never taught to regress answers with its biases.
     */
    static final int REGRESSION_REACH = 1;
    /** Weight of a neighbour cell's regression relative to the centre cell's (the mask value). */
    static final float NEIGHBOUR_WEIGHT = 0.3f;

    private final LidarDetectorConfig config;
    /** Per output cell: squared distance (cells) to the centre of the box it regresses. */
    private final double[] nearest;

    public BevTargetEncoder(LidarDetectorConfig config) {
        this.config = config;
        this.nearest = new double[config.outputRows() * config.outputCols()];
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
            for (int rr = Math.max(0, r - REGRESSION_REACH); rr <= Math.min(rows - 1, r + REGRESSION_REACH); rr++) {
                for (int cc = Math.max(0, c - REGRESSION_REACH); cc <= Math.min(cols - 1, c + REGRESSION_REACH); cc++) {
                    // a cell serves the box whose centre is nearest to the cell's centre
                    double d2 = (fr - rr - 0.5) * (fr - rr - 0.5) + (fc - cc - 0.5) * (fc - cc - 0.5);
                    int cellIndex = rr * cols + cc;
                    if (mask[b * plane + cellIndex] > 0 && nearest[cellIndex] <= d2) {
                        continue;
                    }
                    nearest[cellIndex] = d2;
                    mask[b * plane + cellIndex] = rr == r && cc == c ? 1f : NEIGHBOUR_WEIGHT;
                    int at = b * reg * plane + cellIndex;
                    put(regression, at, plane, BevLayout.LOG_LENGTH, Math.log(box.lengthM()));
                    put(regression, at, plane, BevLayout.LOG_WIDTH, Math.log(box.widthM()));
                    put(regression, at, plane, BevLayout.LOG_HEIGHT, Math.log(Math.max(0.05, box.heightM())));
                    put(regression, at, plane, BevLayout.OFFSET_X, fr - rr);
                    put(regression, at, plane, BevLayout.OFFSET_Y, fc - cc);
                    put(regression, at, plane, BevLayout.SIN_2YAW, Math.sin(2 * box.yawRad()));
                    put(regression, at, plane, BevLayout.COS_2YAW, Math.cos(2 * box.yawRad()));
                }
            }
        }
    }

    /** Writes channel {@code k}'s target at {@code at}, less the channel's prior. */
    private static void put(float[] regression, int at, int plane, int k, double value) {
        regression[at + k * plane] = (float) (value - BevLayout.prior(k));
    }
}
