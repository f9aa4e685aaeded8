package io.avstack.perception.eval;

import java.util.Arrays;

/**
 * Average precision of one class (PASCAL VOC 2010+ all-point interpolation) from scored
 * detections already judged true or false positive. Judging is the caller's: any box shape and
 * matching rule fits. Equal scores keep the order they were added in, so results are
 * deterministic. Not thread-safe.
 */
public final class AveragePrecision {

    private double[] scores = new double[16];
    private boolean[] truePositive = new boolean[16];
    private int count;
    private int positives;

    /** Adds one detection. */
    public void add(double score, boolean isTruePositive) {
        if (count == scores.length) {
            scores = Arrays.copyOf(scores, 2 * count);
            truePositive = Arrays.copyOf(truePositive, 2 * count);
        }
        scores[count] = score;
        truePositive[count] = isTruePositive;
        count++;
    }

    /** Adds ground-truth objects (the recall denominator). */
    public void addPositives(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("positives must be >= 0, was " + n);
        }
        positives += n;
    }

    public int positives() {
        return positives;
    }

    /** The AP; NaN when there is no ground truth. */
    public double value() {
        if (positives == 0) {
            return Double.NaN;
        }
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        double[] precision = new double[count];
        double[] recall = new double[count];
        int tp = 0;
        for (int k = 0; k < count; k++) {
            tp += truePositive[order[k]] ? 1 : 0;
            precision[k] = (double) tp / (k + 1);
            recall[k] = (double) tp / positives;
        }
        return allPoint(precision, recall);
    }

    /**
     * Area under the precision envelope (precision made monotone from the right), all points.
     *
     * @param precision precision after each detection in descending score order
     * @param recall    recall after each detection, same order
     */
    public static double allPoint(double[] precision, double[] recall) {
        int n = precision.length;
        double[] mpre = new double[n + 2];
        double[] mrec = new double[n + 2];
        System.arraycopy(precision, 0, mpre, 1, n);
        System.arraycopy(recall, 0, mrec, 1, n);
        mrec[n + 1] = 1;
        for (int i = n; i >= 0; i--) {
            mpre[i] = Math.max(mpre[i], mpre[i + 1]);
        }
        double ap = 0;
        for (int i = 1; i <= n + 1; i++) {
            ap += (mrec[i] - mrec[i - 1]) * mpre[i];
        }
        return ap;
    }
}
