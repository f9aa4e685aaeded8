package io.avstack.perception.lidar;

import io.avstack.core.msg.ObjectClass;
import java.util.List;
import java.util.Objects;

/**
 * Shape of the lidar network and its decoding settings. The network sees the {@link BevGrid}
 * raster and predicts at {@link #OUTPUT_STRIDE} (one output cell per 2 x 2 grid cells).
 *
 * @param grid           the bird's-eye-view input grid
 * @param classes        the heatmap channels, in order
 * @param baseChannels   width of the full-resolution block; the others use 2x
 * @param scoreThreshold minimum heatmap peak score to report, in (0, 1)
 * @param topK           at most this many peaks are decoded per scan
 * @param nmsIou         class-wise rotated-box NMS overlap threshold, in (0, 1]
 * @param architecture   which network {@link BevCenterNetModel} builds
 */
public record LidarDetectorConfig(BevGrid grid, List<ObjectClass> classes, int baseChannels, double scoreThreshold,
                                  int topK, double nmsIou, LidarArchitecture architecture) {

    public static final int OUTPUT_STRIDE = 2;
    /** The four classes of the perception issue. */
    public static final List<ObjectClass> DEFAULT_CLASSES =
            List.of(ObjectClass.CAR, ObjectClass.TRUCK, ObjectClass.PEDESTRIAN, ObjectClass.CYCLIST);

    public LidarDetectorConfig {
        Objects.requireNonNull(grid, "LidarDetectorConfig.grid");
        Objects.requireNonNull(architecture, "LidarDetectorConfig.architecture");
        classes = List.copyOf(Objects.requireNonNull(classes, "LidarDetectorConfig.classes"));
        if (classes.isEmpty()) {
            throw new IllegalArgumentException("LidarDetectorConfig.classes must not be empty");
        }
        if (baseChannels < 1) {
            throw new IllegalArgumentException("LidarDetectorConfig.baseChannels must be >= 1, was " + baseChannels);
        }
        if (!(scoreThreshold > 0 && scoreThreshold < 1)) {
            throw new IllegalArgumentException("LidarDetectorConfig.scoreThreshold must be in (0, 1), was "
                    + scoreThreshold);
        }
        if (topK < 1) {
            throw new IllegalArgumentException("LidarDetectorConfig.topK must be >= 1, was " + topK);
        }
        if (!(nmsIou > 0 && nmsIou <= 1)) {
            throw new IllegalArgumentException("LidarDetectorConfig.nmsIou must be in (0, 1], was " + nmsIou);
        }
    }

    /**
     * The default grid, 16 base channels, the four classes, score >= 0.2, 100 peaks, NMS at IoU 0.3,
     * the {@link LidarArchitecture#PLAIN} network.
     */
    public static LidarDetectorConfig defaults() {
        return new LidarDetectorConfig(BevGrid.defaults(), DEFAULT_CLASSES, 16, 0.2, 100, 0.3,
                LidarArchitecture.PLAIN);
    }

    public LidarDetectorConfig withGrid(BevGrid g) {
        return new LidarDetectorConfig(g, classes, baseChannels, scoreThreshold, topK, nmsIou, architecture);
    }

    public LidarDetectorConfig withBaseChannels(int channels) {
        return new LidarDetectorConfig(grid, classes, channels, scoreThreshold, topK, nmsIou, architecture);
    }

    public LidarDetectorConfig withScoreThreshold(double threshold) {
        return new LidarDetectorConfig(grid, classes, baseChannels, threshold, topK, nmsIou, architecture);
    }

    public LidarDetectorConfig withArchitecture(LidarArchitecture a) {
        return new LidarDetectorConfig(grid, classes, baseChannels, scoreThreshold, topK, nmsIou, a);
    }

    public int numClasses() {
        return classes.size();
    }

    public int outputRows() {
        return grid.rows() / OUTPUT_STRIDE;
    }

    public int outputCols() {
        return grid.cols() / OUTPUT_STRIDE;
    }

    /** Side of an output cell, m. */
    public double outputCellM() {
        return grid.cellM() * OUTPUT_STRIDE;
    }
}
