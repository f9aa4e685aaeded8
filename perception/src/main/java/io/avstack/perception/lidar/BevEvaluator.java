package io.avstack.perception.lidar;

import io.avstack.core.msg.Detection3D;
import io.avstack.core.msg.ObjectClass;
import io.avstack.perception.eval.AveragePrecision;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Bird's-eye-view average precision per class with <b>rotated</b> box IoU ({@link BevIou}).
 * In each frame, detections of a class are matched greedily by descending score to the unmatched
 * ground-truth box of that class with the highest IoU, if it reaches the threshold (a true
 * positive). An unmatched detection whose centre lies within an <em>ignored</em> box (of any class,
 * grown by a margin) is neither true nor false positive: ignored boxes are objects the evaluation
 * does not ask for (too few lidar points, beyond the evaluated range) and must not punish a detector
 * that finds them anyway. Any other unmatched detection is a false positive.
 */
public final class BevEvaluator {

    /** One evaluated scan: the boxes to find, the boxes that neither count nor punish, the detections. */
    public record Frame(List<BevBox> truth, List<BevBox> ignored, List<Detection3D> detections) {
        public Frame {
            truth = List.copyOf(truth);
            ignored = List.copyOf(ignored);
            detections = List.copyOf(detections);
        }
    }

    private final double iouThreshold;
    private final double ignoreMarginM;

    /**
     * @param iouThreshold  rotated BEV IoU needed for a match
     * @param ignoreMarginM ignored boxes are grown by this on every side, m
     */
    public BevEvaluator(double iouThreshold, double ignoreMarginM) {
        if (!(iouThreshold > 0 && iouThreshold <= 1) || !(ignoreMarginM >= 0)) {
            throw new IllegalArgumentException("BevEvaluator needs iouThreshold in (0, 1] and ignoreMarginM >= 0, was "
                    + iouThreshold + ", " + ignoreMarginM);
        }
        this.iouThreshold = iouThreshold;
        this.ignoreMarginM = ignoreMarginM;
    }

    /** AP at rotated BEV IoU 0.5, ignored boxes grown by 0.5 m. */
    public static BevEvaluator iou50() {
        return new BevEvaluator(0.5, 0.5);
    }

    /** AP of one class; NaN when the class has no ground-truth box. */
    public double averagePrecision(List<Frame> frames, ObjectClass cls) {
        AveragePrecision ap = new AveragePrecision();
        List<Detection3D> dets = new ArrayList<>();
        for (Frame f : frames) {
            int positives = 0;
            for (BevBox t : f.truth()) {
                positives += t.cls() == cls ? 1 : 0;
            }
            ap.addPositives(positives);
            dets.clear();
            for (Detection3D d : f.detections()) {
                if (d.cls() == cls) {
                    dets.add(d);
                }
            }
            // Stable: equal scores keep detector order.
            dets.sort((a, b) -> Double.compare(b.score(), a.score()));
            boolean[] used = new boolean[f.truth().size()];
            for (Detection3D d : dets) {
                BevBox box = BevBox.of(d);
                int match = bestMatch(f.truth(), used, box, cls);
                if (match >= 0) {
                    used[match] = true;
                    ap.add(d.score(), true);
                } else if (!isIgnored(f.ignored(), d)) {
                    ap.add(d.score(), false);
                }
            }
        }
        return ap.value();
    }

    /** AP per class (NaN for a class without ground truth), in the order of {@code classes}. */
    public Map<ObjectClass, Double> averagePrecisions(List<Frame> frames, List<ObjectClass> classes) {
        Map<ObjectClass, Double> result = new EnumMap<>(ObjectClass.class);
        for (ObjectClass c : classes) {
            result.put(c, averagePrecision(frames, c));
        }
        return result;
    }

    /** Mean over the classes that have ground truth; NaN when none has. */
    public static double mean(Map<ObjectClass, Double> aps) {
        double sum = 0;
        int n = 0;
        for (double v : aps.values()) {
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private int bestMatch(List<BevBox> truth, boolean[] used, BevBox d, ObjectClass cls) {
        int best = -1;
        double bestIou = iouThreshold;
        for (int t = 0; t < truth.size(); t++) {
            BevBox g = truth.get(t);
            if (g.cls() != cls || used[t]) {
                continue;
            }
            double iou = g.iou(d);
            if (iou >= bestIou) {
                bestIou = iou;
                best = t;
            }
        }
        return best;
    }

    private boolean isIgnored(List<BevBox> ignored, Detection3D d) {
        for (BevBox b : ignored) {
            if (b.contains(d.xM(), d.yM(), ignoreMarginM)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "BevEvaluator[iou=" + iouThreshold + ", ignoreMargin=" + ignoreMarginM + " m]";
    }
}
