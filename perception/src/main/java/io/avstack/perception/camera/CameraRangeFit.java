package io.avstack.perception.camera;

import io.avstack.core.msg.ObjectClass;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Fits a {@link CameraRangeModel} to detections matched with their true range (training frames):
 * per class, the typical height is the median of {@code trueRange / heightCuePerMetre}; per class and
 * band, the cue weights are the grid point (steps of {@value #WEIGHT_STEP}) with the least mean
 * relative error after removing the median log bias. A class or band with fewer than
 * {@code minSamples} samples keeps the ground cue alone. Deterministic: the same samples give the same
 * model.
 */
public final class CameraRangeFit {

    /** Grid step of the cue weights. */
    public static final double WEIGHT_STEP = 0.05;

    /**
     * One detection matched to its truth.
     *
     * @param trueRangeM        the object's true range from the camera's mount, m
     * @param groundM           the ground cue, m
     * @param headM             the distance head's estimate, m; NaN when there is none
     * @param heightPerMetre    {@link CameraRanger#heightCuePerMetre}; NaN when the box gives no height cue
     */
    public record Sample(ObjectClass cls, double trueRangeM, double groundM, double headM, double heightPerMetre) {
    }

    private CameraRangeFit() {
    }

    public static CameraRangeModel fit(List<Sample> samples, List<Double> bandEdgesM, int minSamples) {
        CameraRangeModel bands = new CameraRangeModel(bandEdgesM, Map.of());
        Map<ObjectClass, CameraRangeModel.ClassCues> classes = new EnumMap<>(ObjectClass.class);
        for (ObjectClass cls : ObjectClass.values()) {
            List<Sample> mine = new ArrayList<>();
            List<Double> heights = new ArrayList<>();
            for (Sample s : samples) {
                if (s.cls() == cls && s.trueRangeM() > 0 && s.groundM() > 0) {
                    mine.add(s);
                    if (s.heightPerMetre() > 0) {
                        heights.add(s.trueRangeM() / s.heightPerMetre());
                    }
                }
            }
            if (mine.size() < minSamples || heights.size() < minSamples) {
                continue;
            }
            double heightM = median(heights.stream().mapToDouble(Double::doubleValue).toArray());
            List<CameraRangeModel.Band> fitted = new ArrayList<>();
            for (int b = 0; b <= bandEdgesM.size(); b++) {
                List<Sample> inBand = new ArrayList<>();
                for (Sample s : mine) {
                    if (bands.band(s.groundM()) == b) {
                        inBand.add(s);
                    }
                }
                fitted.add(inBand.size() < minSamples ? CameraRangeModel.Band.GROUND : fitBand(inBand, heightM));
            }
            classes.put(cls, new CameraRangeModel.ClassCues(heightM, fitted));
        }
        return new CameraRangeModel(bandEdgesM, classes);
    }

    /** Mean of |estimate / truth - 1| of {@code model} over the samples of {@code cls}; NaN when none. */
    public static double meanRelError(CameraRangeModel model, List<Sample> samples, ObjectClass cls) {
        double sum = 0;
        int n = 0;
        CameraRangeModel.ClassCues cues = model.cues(cls);
        for (Sample s : samples) {
            if (s.cls() != cls || !(s.trueRangeM() > 0) || !(s.groundM() > 0)) {
                continue;
            }
            double est = cues == null ? s.groundM()
                    : CameraRanger.combine(cues.bands().get(model.band(s.groundM())), s.groundM(), s.headM(),
                            cues.heightM() * s.heightPerMetre());
            sum += Math.abs(est / s.trueRangeM() - 1);
            n++;
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    private static CameraRangeModel.Band fitBand(List<Sample> samples, double heightM) {
        int steps = (int) Math.round(1 / WEIGHT_STEP);
        double[] logError = new double[samples.size()];
        CameraRangeModel.Band best = CameraRangeModel.Band.GROUND;
        double bestError = Double.POSITIVE_INFINITY;
        for (int g = steps; g >= 0; g--) {
            for (int h = 0; g + h <= steps; h++) {
                double wGround = g / (double) steps;
                double wHead = h / (double) steps;
                double wHeight = (steps - g - h) / (double) steps;
                CameraRangeModel.Band unbiased = new CameraRangeModel.Band(wGround, wHead, wHeight, 0);
                for (int i = 0; i < logError.length; i++) {
                    Sample s = samples.get(i);
                    logError[i] = Math.log(CameraRanger.combine(unbiased, s.groundM(), s.headM(),
                            heightM * s.heightPerMetre()) / s.trueRangeM());
                }
                double offset = median(logError.clone());
                double error = 0;
                for (double e : logError) {
                    error += Math.abs(Math.exp(e - offset) - 1);
                }
                if (error < bestError - 1e-12) {
                    bestError = error;
                    best = new CameraRangeModel.Band(wGround, wHead, wHeight, offset);
                }
            }
        }
        return best;
    }

    private static double median(double[] v) {
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }
}
