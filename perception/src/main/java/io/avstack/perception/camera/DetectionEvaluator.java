package io.avstack.perception.camera;

import io.avstack.core.msg.Detection2D;
import io.avstack.core.msg.ObjectClass;
import io.avstack.perception.eval.AveragePrecision;
import io.avstack.perception.nn.BoxNms;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Average precision at an IoU threshold per class (PASCAL VOC 2010+ all-point interpolation) and
 * their mean. Detections are matched greedily by descending score to the unmatched ground-truth
 * box of the same class and image with the highest IoU; a second detection of a matched box is a
 * false positive.
 */
public final class DetectionEvaluator {

    /** One evaluated image. */
    public record Image(List<LabelledBox> truth, List<Detection2D> detections) {
        public Image {
            truth = List.copyOf(truth);
            detections = List.copyOf(detections);
        }
    }

    private final double iouThreshold;

    public DetectionEvaluator(double iouThreshold) {
        this.iouThreshold = iouThreshold;
    }

    /** The usual AP@0.5. */
    public static DetectionEvaluator voc() {
        return new DetectionEvaluator(0.5);
    }

    /** AP of one class; NaN when the class has no ground-truth box. */
    public double averagePrecision(List<Image> images, ObjectClass cls) {
        int positives = 0;
        List<double[]> dets = new ArrayList<>(); // {score, image, index}
        for (int i = 0; i < images.size(); i++) {
            Image im = images.get(i);
            for (LabelledBox t : im.truth()) {
                positives += t.cls() == cls ? 1 : 0;
            }
            for (int d = 0; d < im.detections().size(); d++) {
                if (im.detections().get(d).cls() == cls) {
                    dets.add(new double[] {im.detections().get(d).score(), i, d});
                }
            }
        }
        if (positives == 0) {
            return Double.NaN;
        }
        // Stable: equal scores keep image order, so results are deterministic.
        dets.sort((a, b) -> Double.compare(b[0], a[0]));
        boolean[][] used = new boolean[images.size()][];
        for (int i = 0; i < images.size(); i++) {
            used[i] = new boolean[images.get(i).truth().size()];
        }
        double[] precision = new double[dets.size()];
        double[] recall = new double[dets.size()];
        int tp = 0;
        for (int k = 0; k < dets.size(); k++) {
            int img = (int) dets.get(k)[1];
            Detection2D d = images.get(img).detections().get((int) dets.get(k)[2]);
            int match = bestMatch(images.get(img).truth(), used[img], d, cls);
            if (match >= 0) {
                used[img][match] = true;
                tp++;
            }
            precision[k] = (double) tp / (k + 1);
            recall[k] = (double) tp / positives;
        }
        return AveragePrecision.allPoint(precision, recall);
    }

    /** AP per class for the classes that have ground truth, in enum order. */
    public Map<ObjectClass, Double> averagePrecisions(List<Image> images, List<ObjectClass> classes) {
        Map<ObjectClass, Double> result = new EnumMap<>(ObjectClass.class);
        for (ObjectClass c : classes) {
            double ap = averagePrecision(images, c);
            if (!Double.isNaN(ap)) {
                result.put(c, ap);
            }
        }
        return result;
    }

    /** Mean of the per-class APs of the classes with ground truth; NaN when none has any. */
    public double meanAveragePrecision(List<Image> images, List<ObjectClass> classes) {
        Map<ObjectClass, Double> aps = averagePrecisions(images, classes);
        double sum = 0;
        for (double ap : aps.values()) {
            sum += ap;
        }
        return aps.isEmpty() ? Double.NaN : sum / aps.size();
    }

    private int bestMatch(List<LabelledBox> truth, boolean[] used, Detection2D d, ObjectClass cls) {
        int best = -1;
        double bestIou = iouThreshold;
        for (int t = 0; t < truth.size(); t++) {
            LabelledBox g = truth.get(t);
            if (g.cls() != cls || used[t]) {
                continue;
            }
            double iou = BoxNms.iou(d.xMinPx(), d.yMinPx(), d.xMaxPx(), d.yMaxPx(),
                    g.xMinPx(), g.yMinPx(), g.xMaxPx(), g.yMaxPx());
            if (iou >= bestIou) {
                bestIou = iou;
                best = t;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "DetectionEvaluator[iou=" + iouThreshold + "]";
    }
}
