package io.avstack.perception.camera;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import io.avstack.perception.nn.ImageResampler;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Trains the camera detector with Adam on {@link TrainingSample}s: seeded shuffling and
 * augmentation, one NDManager scope per step, a progress callback per step. The learning rate
 * warms up linearly from a tenth over the first {@value #WARM_UP_FRACTION_PCT} % of the steps
 * (at most {@value #MAX_WARM_UP_STEPS}), then follows a cosine down to
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

    public CameraTrainer(DetectorConfig config, TrainerConfig trainerConfig) {
        this.config = config;
        this.trainerConfig = trainerConfig;
        this.encoder = new TargetEncoder(config);
        this.augmenter = new Augmenter(trainerConfig.robustness());
    }

    /**
     * Trains {@code model} (built by {@link CenterNetModel#newModel}) in place.
     *
     * @return the mean loss of the last epoch
     */
    public float train(Model model, List<TrainingSample> samples, Progress progress) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("CameraTrainer needs at least one sample");
        }
        Engine.getEngine("PyTorch").setRandomSeed((int) trainerConfig.seed());
        SplittableRandom rng = new SplittableRandom(trainerConfig.seed());
        DefaultTrainingConfig tc = new DefaultTrainingConfig(Loss.l1Loss())
                .optOptimizer(Optimizer.adam().optLearningRateTracker(learningRate(totalSteps(samples.size())))
                        .build());
        int step = 0;
        float lastEpochLoss = Float.NaN;
        try (Trainer trainer = model.newTrainer(tc)) {
            int[] order = new int[samples.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            for (int epoch = 0; epoch < trainerConfig.epochs(); epoch++) {
                shuffle(order, rng);
                double sum = 0;
                int n = 0;
                for (int start = 0; start < order.length; start += trainerConfig.batchSize()) {
                    if (trainerConfig.maxSteps() > 0 && step >= trainerConfig.maxSteps()) {
                        return n > 0 ? (float) (sum / n) : lastEpochLoss;
                    }
                    List<TrainingSample> batch = new ArrayList<>(trainerConfig.batchSize());
                    for (int i = start; i < Math.min(order.length, start + trainerConfig.batchSize()); i++) {
                        TrainingSample s = samples.get(order[i]);
                        batch.add(trainerConfig.augment() ? augmenter.apply(s, rng) : s);
                    }
                    float loss = step(trainer, batch);
                    sum += loss;
                    n++;
                    step++;
                    if (progress != null) {
                        progress.onStep(epoch, step, loss);
                    }
                }
                lastEpochLoss = (float) (sum / n);
            }
        }
        return lastEpochLoss;
    }

    /** Steps the run will take: every batch of every epoch, capped by {@code maxSteps}. */
    int totalSteps(int sampleCount) {
        long perEpoch = (sampleCount + trainerConfig.batchSize() - 1) / trainerConfig.batchSize();
        long all = perEpoch * trainerConfig.epochs();
        if (trainerConfig.maxSteps() > 0) {
            all = Math.min(all, trainerConfig.maxSteps());
        }
        return (int) Math.min(Integer.MAX_VALUE, all);
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
        int[] steps = {0};
        float loss = train(model, samples, (e, s, l) -> {
            steps[0] = s;
            if (progress != null) {
                progress.onStep(e, s, l);
            }
        });
        CenterNetModel.save(model, dir);
        new ModelMetadata(config.classes(), config.inputWidthPx(), config.inputHeightPx(), config.baseChannels(),
                DetectorConfig.OUTPUT_STRIDE, config.normalisation(), trainerConfig.seed(), trainerConfig.epochs(),
                steps[0], loss).write(dir);
        return loss;
    }

    private float step(Trainer trainer, List<TrainingSample> batch) {
        try (NDManager scope = trainer.getManager().newSubManager()) {
            NDList x = batchArrays(scope, batch);
            try (GradientCollector gc = trainer.newGradientCollector()) {
                NDArray out = trainer.forward(new NDList(x.get(0))).singletonOrThrow();
                NDArray loss = CenterNetLoss.compute(out, x.get(1), x.get(2), x.get(3), x.get(4), config.numClasses());
                gc.backward(loss);
                float value = loss.getFloat();
                trainer.step();
                return value;
            }
        }
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

    private static void shuffle(int[] a, SplittableRandom rng) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
