package io.avstack.perception.lidar;

import ai.djl.ndarray.NDArray;
import io.avstack.core.msg.Detection3D;
import io.avstack.core.msg.Dimensions;
import io.avstack.perception.nn.BoxNms;
import io.avstack.perception.nn.HeatmapPeaks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns one scan's network output into 3-D boxes in the vehicle frame: heatmap peaks
 * ({@link HeatmapPeaks}), top-K over the score threshold, box decoding ({@link BevLayout}), then
 * class-wise NMS on rotated bird's-eye-view IoU. Boxes stand on the ground (centre z = height / 2).
 * Reuses its work arrays: one decoder per thread.
 */
public final class BevDecoder {

    /** ln(size) outputs are clamped to this range (5 cm .. 30 m) before exp. */
    private static final float MIN_LOG_SIZE = (float) Math.log(0.05);
    private static final float MAX_LOG_SIZE = (float) Math.log(30);

    private final LidarDetectorConfig config;
    private final int[] idx;
    private final float[] val;

    public BevDecoder(LidarDetectorConfig config) {
        this.config = config;
        this.idx = new int[config.topK()];
        this.val = new float[config.topK()];
    }

    /**
     * @param output {@code [numClasses + 7, rows / 2, cols / 2]} (or with a leading batch dimension of 1)
     * @return detections sorted by descending score
     */
    public List<Detection3D> decode(NDArray output) {
        int nc = config.numClasses();
        int rows = config.outputRows();
        int cols = config.outputCols();
        NDArray out = output.reshape(1, BevLayout.channels(nc), rows, cols);
        float[] peaks = HeatmapPeaks.peakScores(out.get(":, 0:" + nc));
        int found = HeatmapPeaks.topK(peaks, (float) config.scoreThreshold(), idx, val);
        if (found == 0) {
            return List.of();
        }
        float[] reg = out.get(":, " + nc + ":").toFloatArray();
        return decode(reg, found);
    }

    /** Decodes the {@code found} peaks in {@link #idx} / {@link #val} with the regression planes {@code reg}. */
    private List<Detection3D> decode(float[] reg, int found) {
        int cols = config.outputCols();
        int plane = config.outputRows() * cols;
        double cell = config.outputCellM();
        BevGrid g = config.grid();
        BevBox[] boxes = new BevBox[found];
        double[] scores = new double[found];
        int[] labels = new int[found];
        int kept = 0;
        for (int i = 0; i < found; i++) {
            int cls = idx[i] / plane;
            int at = idx[i] % plane;
            double x = g.xMinM() + (at / cols + value(reg, plane, at, BevLayout.OFFSET_X)) * cell;
            double y = g.yMinM() + (at % cols + value(reg, plane, at, BevLayout.OFFSET_Y)) * cell;
            double l = size(value(reg, plane, at, BevLayout.LOG_LENGTH));
            double w = size(value(reg, plane, at, BevLayout.LOG_WIDTH));
            double h = size(value(reg, plane, at, BevLayout.LOG_HEIGHT));
            double yaw = 0.5 * Math.atan2(value(reg, plane, at, BevLayout.SIN_2YAW),
                    value(reg, plane, at, BevLayout.COS_2YAW));
            if (!Double.isFinite(x + y + l + w + h + yaw)) {
                continue; // a broken network output never becomes a detection
            }
            boxes[kept] = new BevBox(config.classes().get(cls), x, y, l, w, h, yaw);
            scores[kept] = Math.min(1.0, val[i]);
            labels[kept] = cls;
            kept++;
        }
        boolean[] keep = BoxNms.suppress(scores, labels, kept, config.nmsIou(), (a, b) -> boxes[a].iou(boxes[b]));
        List<Detection3D> result = new ArrayList<>(kept);
        for (int i = 0; i < kept; i++) {
            if (keep[i]) {
                BevBox b = boxes[i];
                result.add(new Detection3D(b.cls(), scores[i], b.xM(), b.yM(), b.heightM() / 2,
                        new Dimensions(b.lengthM(), b.widthM(), b.heightM()), b.yawRad(), Optional.empty()));
            }
        }
        return result;
    }

    /** Regression channel {@code k} at cell {@code at}, its prior added back. */
    private static float value(float[] reg, int plane, int at, int k) {
        return reg[k * plane + at] + BevLayout.prior(k);
    }

    private static double size(float logSize) {
        return Math.exp(Math.min(MAX_LOG_SIZE, Math.max(MIN_LOG_SIZE, logSize)));
    }
}
