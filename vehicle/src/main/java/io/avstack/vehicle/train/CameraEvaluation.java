package io.avstack.vehicle.train;

import io.avstack.core.geom.SensorCalibration;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Detection2D;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ImageEncoding;
import io.avstack.core.msg.ObjectClass;
import io.avstack.perception.camera.CameraDetector;
import io.avstack.perception.camera.DetectionEvaluator;
import io.avstack.perception.camera.CameraDetection;
import io.avstack.perception.camera.CameraRanger;
import io.avstack.perception.camera.LabelledBox;
import io.avstack.perception.camera.RangeErrorStats;
import io.avstack.perception.camera.RgbImage;
import io.avstack.perception.nn.BoxNms;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.joml.Vector3d;

/**
 * Evaluates a camera detector on fresh simulator frames from the evaluation seed range: AP@0.5 per
 * class and mAP over ground truth within {@link #MAX_RANGE_M} (detections that overlap a farther
 * ground-truth box with IoU >= 0.5 are ignored, neither true nor false positives), and the range
 * error of matched detections by true-range bin, ranged as fusion ranges them ({@link CameraRanger}
 * with the weights' range calibration). Each 640x480 frame goes to the detector as it is, so the detector's own pre-processing (the
 * path the vehicle runs) is what is measured.
 */
public final class CameraEvaluation {

    /** AP counts ground truth up to this range, m. */
    public static final double MAX_RANGE_M = 50;
    private static final double IOU = 0.5;

    /**
     * @param ap         AP@0.5 per detector class; NaN for a class without ground truth
     * @param map        mean over the classes with ground truth (NaN if none)
     * @param rangeError mean |error| / true range per bin of {@link RangeErrorStats}; NaN when empty
     */
    public record Result(long seed, int frames, Map<ObjectClass, Double> ap, double map, double[] rangeError,
                         RangeErrorStats stats) {
    }

    private CameraEvaluation() {
    }

    public static Result run(CameraDetector detector, SimDatasetGenerator generator, SensorCalibration camera,
                             long runSeed, int frames) {
        List<ObjectClass> classes = detector.config().classes();
        CameraRanger ranger = new CameraRanger(camera.intrinsics(), camera.extrinsics(), detector.rangeModel());
        RangeErrorStats stats = new RangeErrorStats();
        List<DetectionEvaluator.Image> images = new ArrayList<>(frames);
        Vector3d ground = new Vector3d();
        for (int i = 0; i < frames; i++) {
            SimDatasetGenerator.Frame f = generator.frame(SeedRanges.frameSeed(SeedRanges.Split.EVAL, runSeed, i));
            List<CameraDetection> found = detect(detector, f.image());
            List<Detection2D> dets = new ArrayList<>(found.size());
            for (CameraDetection d : found) {
                dets.add(d.box());
            }
            List<LabelledBox> near = new ArrayList<>();
            List<LabelledBox> far = new ArrayList<>();
            for (LabelledBox b : f.labels()) {
                (b.distanceM() <= MAX_RANGE_M ? near : far).add(b);
            }
            List<Detection2D> kept = new ArrayList<>(dets.size());
            for (Detection2D d : dets) {
                if (bestIou(d, far) < IOU) {
                    kept.add(d);
                }
            }
            images.add(new DetectionEvaluator.Image(near, kept));
            for (LabelledBox t : f.labels()) {
                CameraDetection best = bestMatch(t, found);
                if (best != null && ranger.position(best.box(), best.distanceM(), ground)) {
                    stats.add(t.distanceM(), ranger.rangeFromCamera(ground));
                }
            }
        }
        DetectionEvaluator eval = DetectionEvaluator.voc();
        Map<ObjectClass, Double> ap = new EnumMap<>(ObjectClass.class);
        double sum = 0;
        int n = 0;
        for (ObjectClass c : classes) {
            double v = eval.averagePrecision(images, c);
            ap.put(c, v);
            if (!Double.isNaN(v)) {
                sum += v;
                n++;
            }
        }
        double[] rel = new double[RangeErrorStats.binCount()];
        for (int b = 0; b < rel.length; b++) {
            rel[b] = stats.meanRelError(b);
        }
        return new Result(runSeed, frames, ap, n == 0 ? Double.NaN : sum / n, rel, stats);
    }

    /** Detections in pixels of {@code image}, with the network's distances. */
    static List<CameraDetection> detect(CameraDetector detector, RgbImage image) {
        return detector.detectWithDistance(new CameraFrame(Header.of("camera_front", 0, 0), image.widthPx(), image.heightPx(),
                ImageEncoding.RGB8, "camera_front", image.data()));
    }

    /** Highest IoU of {@code d} with any box of {@code truth}, whatever its class. */
    private static double bestIou(Detection2D d, List<LabelledBox> truth) {
        double best = 0;
        for (LabelledBox t : truth) {
            best = Math.max(best, BoxNms.iou(d.xMinPx(), d.yMinPx(), d.xMaxPx(), d.yMaxPx(),
                    t.xMinPx(), t.yMinPx(), t.xMaxPx(), t.yMaxPx()));
        }
        return best;
    }

    /** The same-class detection overlapping {@code t} most, if its IoU >= 0.5. */
    static CameraDetection bestMatch(LabelledBox t, List<CameraDetection> found) {
        CameraDetection best = null;
        double bestIou = IOU;
        for (CameraDetection c : found) {
            Detection2D d = c.box();
            if (d.cls() != t.cls()) {
                continue;
            }
            double iou = BoxNms.iou(d.xMinPx(), d.yMinPx(), d.xMaxPx(), d.yMaxPx(),
                    t.xMinPx(), t.yMinPx(), t.xMaxPx(), t.yMaxPx());
            if (iou >= bestIou) {
                bestIou = iou;
                best = c;
            }
        }
        return best;
    }
}
