package io.avstack.perception.camera;

import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.tracker.Tracker;
import io.avstack.perception.nn.ImageResampler;
import io.avstack.perception.nn.TrainingLoop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Trains the camera detector on {@link TrainingSample}s with the shared {@link TrainingLoop} (Adam,
 * seeded shuffling and augmentation, one NDManager scope per step, a progress callback per step).
 * The learning rate warms up linearly from a tenth over the first {@value #WARM_UP_FRACTION_PCT} %
 * of the steps (at most {@value #MAX_WARM_UP_STEPS}), then follows a cosine down to
 * {@value #FINAL_LR_FRACTION_PCT} % of the configured rate at the last step: the late small steps
 * sharpen box sizes and offsets, which AP at IoU 0.5 is sensitive to on small objects.
 */
public final class CameraTrainer {

    /** Called after every step. */
    @FunctionalInterface
    public interface Progress {
        void onStep(int epoch, int step, float loss);
    }

    static final int WARM_UP_FRACTION_PCT = 5;
    static final int MAX_WARM_UP_STEPS = 200;
    static final int FINAL_LR_FRACTION_PCT = 2;

    private final DetectorConfig config;
    private final TrainerConfig trainerConfig;
    private final TargetEncoder encoder;
    private final Augmenter augmenter;
    /** Confusable class channel per class channel (pedestrian/cyclist), for the confusion weighting. */
    private final int[] partners;

    public CameraTrainer(DetectorConfig config, TrainerConfig trainerConfig) {
        this.config = config;
        this.trainerConfig = trainerConfig;
        this.encoder = new TargetEncoder(config);
        this.augmenter = new Augmenter(trainerConfig.robustness());
        this.partners = CenterNetLoss.confusablePartners(config.classes());
    }

    /**
     * Trains {@code model} (built by {@link CenterNetModel#newModel}) in place.
     *
     * @return the mean loss of the last epoch
     */
    public float train(Model model, List<TrainingSample> samples, Progress progress) {
        return run(model, samples, progress).lastEpochLoss();
    }

    /** Steps the run will take: every batch of every epoch, capped by {@code maxSteps}. */
    int totalSteps(int sampleCount) {
        return TrainingLoop.totalSteps(sampleCount, settings());
    }

    /** Linear warm-up, then cosine decay over {@code totalSteps} (see the class comment). */
    Tracker learningRate(int totalSteps) {
        float lr = (float) trainerConfig.learningRate();
        int warmUp = Math.min(MAX_WARM_UP_STEPS, totalSteps * WARM_UP_FRACTION_PCT / 100);
        Tracker cosine = Tracker.cosine().setBaseValue(lr).optFinalValue(lr * FINAL_LR_FRACTION_PCT / 100f)
                .setMaxUpdates(Math.max(1, totalSteps - warmUp)).build();
        if (warmUp == 0) {
            return cosine;
        }
        return Tracker.warmUp().setMainTracker(cosine).optWarmUpSteps(warmUp).optWarmUpBeginValue(lr / 10).build();
    }

    /** Trains, then writes weights and {@link ModelMetadata} to {@code dir}. */
    public float trainAndSave(Model model, List<TrainingSample> samples, Progress progress, Path dir)
            throws IOException {
        return trainAndSave(model, samples, progress, dir, List.of());
    }

    /**
     * Trains, then writes weights and {@link ModelMetadata} (with {@code trainingCommands}: how to
     * rebuild these weights, oldest first) to {@code dir}.
     */
    public float trainAndSave(Model model, List<TrainingSample> samples, Progress progress, Path dir,
            List<String> trainingCommands) throws IOException {
        TrainingLoop.Result r = run(model, samples, progress);
        CenterNetModel.save(model, dir);
        new ModelMetadata(config.classes(), config.inputWidthPx(), config.inputHeightPx(), config.baseChannels(),
                DetectorConfig.OUTPUT_STRIDE, config.normalisation(), trainerConfig.seed(), trainerConfig.epochs(),
                r.steps(), r.lastEpochLoss(), trainingCommands, config.architecture().id()).write(dir);
        return r.lastEpochLoss();
    }

    private TrainingLoop.Result run(Model model, List<TrainingSample> samples, Progress progress) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("CameraTrainer needs at least one sample");
        }
        return TrainingLoop.run(model, samples.size(), settings(), this::learningRate, (scope, order, from, to, rng) -> {
            List<TrainingSample> batch = new ArrayList<>(to - from);
            for (int i = from; i < to; i++) {
                TrainingSample s = samples.get(order[i]);
                batch.add(trainerConfig.augment() ? augmenter.apply(s, rng) : s);
            }
            return batchArrays(scope, batch);
        }, (out, b) -> CenterNetLoss.compute(out, b.get(1), b.get(2), b.get(3), b.get(4), config.numClasses(),
                trainerConfig.sizeLossWeight(), partners, trainerConfig.confusionWeight()),
                progress == null ? null : progress::onStep);
    }

    private TrainingLoop.Settings settings() {
        return new TrainingLoop.Settings(trainerConfig.epochs(), trainerConfig.batchSize(),
                trainerConfig.learningRate(), trainerConfig.seed(), trainerConfig.maxSteps(), false);
    }

    /** Input images and targets of a batch: [input, heatmap, regression, mask, depthMask]. */
    NDList batchArrays(NDManager scope, List<TrainingSample> batch) {
        int n = batch.size();
        int iw = config.inputWidthPx();
        int ih = config.inputHeightPx();
        int ow = config.outputWidth();
        int oh = config.outputHeight();
        int nc = config.numClasses();
        int inPlane = 3 * iw * ih;
        int outPlane = ow * oh;
        float[] input = new float[n * inPlane];
        float[] heat = new float[n * nc * outPlane];
        float[] reg = new float[n * CenterNetLayout.REGRESSION_CHANNELS * outPlane];
        float[] mask = new float[n * outPlane];
        float[] depthMask = new float[n * outPlane];
        float[] one = new float[inPlane];
        for (int b = 0; b < n; b++) {
            RgbImage im = batch.get(b).image();
            ImageResampler.resizeNormalise(im.data(), im.widthPx(), im.heightPx(), iw, ih, config.normalisation(), one);
            System.arraycopy(one, 0, input, b * inPlane, inPlane);
            TargetEncoder.Targets t = encoder.encode(batch.get(b).boxes(), im.widthPx(), im.heightPx());
            System.arraycopy(t.heatmap(), 0, heat, b * nc * outPlane, nc * outPlane);
            System.arraycopy(t.regression(), 0, reg, b * reg.length / n, reg.length / n);
            System.arraycopy(t.mask(), 0, mask, b * outPlane, outPlane);
            System.arraycopy(t.depthMask(), 0, depthMask, b * outPlane, outPlane);
        }
        return new NDList(
                scope.create(input, new Shape(n, 3, ih, iw)),
                scope.create(heat, new Shape(n, nc, oh, ow)),
                scope.create(reg, new Shape(n, CenterNetLayout.REGRESSION_CHANNELS, oh, ow)),
                scope.create(mask, new Shape(n, 1, oh, ow)),
                scope.create(depthMask, new Shape(n, 1, oh, ow)));
    }
}
