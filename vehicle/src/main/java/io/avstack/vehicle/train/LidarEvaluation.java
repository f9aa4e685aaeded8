package io.avstack.vehicle.train;

import io.avstack.core.msg.Detection3D;
import io.avstack.core.msg.ObjectClass;
import io.avstack.perception.lidar.BevBox;
import io.avstack.perception.lidar.BevEvaluator;
import io.avstack.perception.lidar.BevGrid;
import io.avstack.perception.lidar.LidarDetector;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a lidar detector on fresh simulator scans from the evaluation seed range: bird's-eye-view
 * AP at <b>rotated</b> box IoU >= 0.5 per class, and mAP. Evaluated truth: objects of the
 * detector's classes whose centre is within {@link #MAX_RANGE_M} of the vehicle origin (rear
 * axle), inside the detector's grid, with at least the generator's minimum number of lidar
 * returns. Every other labelled object is ignored ({@link BevEvaluator}: detections on it neither
 * count nor punish), and so are detections whose centre is beyond 50 m or outside the grid.
 */
public final class LidarEvaluation {

    /** AP counts ground truth up to this range from the vehicle origin, m. */
    public static final double MAX_RANGE_M = 50;

    /**
     * @param ap     AP@0.5 per detector class; NaN for a class without ground truth
     * @param map    mean over the classes with ground truth (NaN if none)
     * @param truths evaluated ground-truth objects per class
     */
    public record Result(long seed, int frames, Map<ObjectClass, Double> ap, double map,
                         Map<ObjectClass, Integer> truths) {
    }

    private LidarEvaluation() {
    }

    public static Result run(LidarDetector detector, LidarDatasetGenerator generator, long runSeed, int frames) {
        List<ObjectClass> classes = detector.config().classes();
        BevGrid grid = detector.config().grid();
        List<BevEvaluator.Frame> evaluated = new ArrayList<>(frames);
        Map<ObjectClass, Integer> truths = new EnumMap<>(ObjectClass.class);
        for (ObjectClass c : classes) {
            truths.put(c, 0);
        }
        for (int i = 0; i < frames; i++) {
            LidarDatasetGenerator.Frame f = generator.frame(SeedRanges.frameSeed(SeedRanges.Split.EVAL, runSeed, i));
            List<BevBox> truth = new ArrayList<>();
            List<BevBox> ignored = new ArrayList<>();
            for (LidarDatasetGenerator.Label l : f.labels()) {
                BevBox b = l.box();
                boolean counted = classes.contains(b.cls()) && l.points() >= generator.minPoints()
                        && inRegion(grid, b.xM(), b.yM());
                (counted ? truth : ignored).add(b);
                if (counted) {
                    truths.merge(b.cls(), 1, Integer::sum);
                }
            }
            List<Detection3D> dets = new ArrayList<>();
            for (Detection3D d : detector.detect(f.scan()).detections()) {
                if (inRegion(grid, d.xM(), d.yM())) {
                    dets.add(d);
                }
            }
            evaluated.add(new BevEvaluator.Frame(truth, ignored, dets));
        }
        Map<ObjectClass, Double> ap = BevEvaluator.iou50().averagePrecisions(evaluated, classes);
        return new Result(runSeed, frames, ap, BevEvaluator.mean(ap), truths);
    }

    private static boolean inRegion(BevGrid grid, double x, double y) {
        return Math.hypot(x, y) <= MAX_RANGE_M && grid.contains(x, y);
    }
}
