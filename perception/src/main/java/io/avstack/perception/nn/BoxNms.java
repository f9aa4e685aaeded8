package io.avstack.perception.nn;

import java.util.Arrays;

/**
 * Greedy non-maximum suppression, class-wise: a box is dropped when a higher-scoring box of the
 * same class overlaps it by more than the threshold. Axis-aligned boxes are built in; any other
 * shape (e.g. rotated bird's-eye-view boxes) supplies its overlap through {@link Overlap}.
 */
public final class BoxNms {

    private BoxNms() {
    }

    /** Intersection over union of two boxes given as (xMin, yMin, xMax, yMax). */
    public static double iou(double ax0, double ay0, double ax1, double ay1,
            double bx0, double by0, double bx1, double by1) {
        double iw = Math.min(ax1, bx1) - Math.max(ax0, bx0);
        double ih = Math.min(ay1, by1) - Math.max(ay0, by0);
        if (iw <= 0 || ih <= 0) {
            return 0;
        }
        double inter = iw * ih;
        double union = (ax1 - ax0) * (ay1 - ay0) + (bx1 - bx0) * (by1 - by0) - inter;
        return union <= 0 ? 0 : inter / union;
    }

    /** Overlap of boxes i and j, e.g. their IoU. */
    @FunctionalInterface
    public interface Overlap {
        double of(int i, int j);
    }

    /**
     * Marks the boxes to keep.
     *
     * @param boxes  {@code count} boxes, 4 values each (xMin, yMin, xMax, yMax)
     * @param scores one per box
     * @param labels class index per box; only equal labels suppress each other
     * @return keep flags, one per box
     */
    public static boolean[] suppress(double[] boxes, double[] scores, int[] labels, int count, double iouThreshold) {
        return suppress(scores, labels, count, iouThreshold, (i, j) -> iou(boxes[4 * i], boxes[4 * i + 1],
                boxes[4 * i + 2], boxes[4 * i + 3], boxes[4 * j], boxes[4 * j + 1], boxes[4 * j + 2], boxes[4 * j + 3]));
    }

    /**
     * Greedy NMS for any box shape: like {@link #suppress(double[], double[], int[], int, double)}
     * with the overlap of two boxes given by {@code overlap}.
     */
    public static boolean[] suppress(double[] scores, int[] labels, int count, double threshold, Overlap overlap) {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        // Stable sort: ties keep input order so the result is deterministic.
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        boolean[] keep = new boolean[count];
        boolean[] removed = new boolean[count];
        for (int oi = 0; oi < count; oi++) {
            int i = order[oi];
            if (removed[i]) {
                continue;
            }
            keep[i] = true;
            for (int oj = oi + 1; oj < count; oj++) {
                int j = order[oj];
                if (!removed[j] && labels[j] == labels[i] && overlap.of(i, j) > threshold) {
                    removed[j] = true;
                }
            }
        }
        return keep;
    }
}
