package io.avstack.vehicle.train;

import io.avstack.core.geom.SensorCalibration;
import io.avstack.core.msg.ObjectClass;
import io.avstack.perception.camera.CameraDetection;
import io.avstack.perception.camera.CameraDetector;
import io.avstack.perception.camera.CameraRangeFit;
import io.avstack.perception.camera.CameraRangeModel;
import io.avstack.perception.camera.CameraRanger;
import io.avstack.perception.camera.LabelledBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import org.joml.Vector3d;

/**
 * Calibrates the camera's range cues for one set of weights ({@code avstack train camera-range}):
 * renders frames from the training seed range, matches the detector's boxes to the labels as
 * {@link CameraEvaluation} does (same class, IoU >= 0.5), and fits a {@link CameraRangeModel} to
 * the matches' cues and true ranges ({@link CameraRangeFit}).
 */
public final class CameraRangeCalibration {

    /** Upper edges of the range bands but the last (by the ground cue), m. */
    public static final List<Double> BAND_EDGES_M = List.of(20.0, 35.0);
    /** A class or band with fewer matches keeps the ground cue alone. */
    public static final int MIN_SAMPLES = 40;

    private CameraRangeCalibration() {
    }

    /**
     * The matched detections of {@code frames} training frames of run {@code runSeed}.
     *
     * @param progress called with the number of frames done after each frame
     */
    public static List<CameraRangeFit.Sample> samples(CameraDetector detector, SimDatasetGenerator generator,
            SensorCalibration camera, long runSeed, int frames, IntConsumer progress) {
        CameraRanger ranger = new CameraRanger(camera.intrinsics(), camera.extrinsics(), CameraRangeModel.GROUND_ONLY);
        Vector3d ground = new Vector3d();
        List<CameraRangeFit.Sample> out = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            SimDatasetGenerator.Frame f = generator.frame(SeedRanges.frameSeed(SeedRanges.Split.TRAIN, runSeed, i));
            List<CameraDetection> found = CameraEvaluation.detect(detector, f.image());
            for (LabelledBox t : f.labels()) {
                CameraDetection best = CameraEvaluation.bestMatch(t, found);
                if (best != null && t.hasDistance() && ranger.position(best.box(), Double.NaN, ground)) {
                    out.add(new CameraRangeFit.Sample(t.cls(), t.distanceM(), ranger.rangeFromCamera(ground),
                            best.distanceM(), ranger.heightCuePerMetre(best.box())));
                }
            }
            progress.accept(i + 1);
        }
        return out;
    }

    /**
     * Fits the calibration of {@code classes} to {@code samples} with this class's bands and minimum
     * counts; the other classes keep the ground cue alone.
     */
    public static CameraRangeModel fit(List<CameraRangeFit.Sample> samples, Set<ObjectClass> classes) {
        List<CameraRangeFit.Sample> mine = new ArrayList<>();
        for (CameraRangeFit.Sample s : samples) {
            if (classes.contains(s.cls())) {
                mine.add(s);
            }
        }
        return CameraRangeFit.fit(mine, BAND_EDGES_M, MIN_SAMPLES);
    }
}
