package io.avstack.perception.lidar;

import io.avstack.perception.nn.GaussianHeatmap;
import java.util.Arrays;
import java.util.List;

/**
 * Training targets of one scan at output resolution: per-class Gaussian centre heatmaps, and at each
 * centre cell the box regression of {@link BevLayout}, with a mask saying where it is defined.
 * Boxes whose centre is outside the grid or whose class the detector does not have are skipped.
 * Writes into caller-provided arrays (one slice of a batch), so a batch needs no per-sample copy.
 */
public final class BevTargetEncoder {

    /** Smallest Gaussian radius, output cells: a pedestrian is less than one cell wide. */
    static final int MIN_RADIUS = 1;

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
            int radius = Math.max(MIN_RADIUS, GaussianHeatmap.radius(box.widthM() / cell, box.lengthM() / cell));
            GaussianHeatmap.draw(heatmap, (b * nc + cls) * plane, cols, rows, c, r, radius);
            int at = b * reg * plane + r * cols + c;
            regression[at + BevLayout.LOG_LENGTH * plane] = (float) Math.log(box.lengthM());
            regression[at + BevLayout.LOG_WIDTH * plane] = (float) Math.log(box.widthM());
            regression[at + BevLayout.LOG_HEIGHT * plane] = (float) Math.log(Math.max(0.05, box.heightM()));
            regression[at + BevLayout.OFFSET_X * plane] = (float) (fr - r);
            regression[at + BevLayout.OFFSET_Y * plane] = (float) (fc - c);
            regression[at + BevLayout.SIN_2YAW * plane] = (float) Math.sin(2 * box.yawRad());
            regression[at + BevLayout.COS_2YAW * plane] = (float) Math.cos(2 * box.yawRad());
            mask[b * plane + r * cols + c] = 1;
        }
    }
}
