package io.avstack.perception.nn;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.SplittableRandom;
import java.util.function.IntFunction;

/**
 * The training loop every detector shares: Adam, seeded shuffling per epoch, mini-batches built by
 * the caller (who also augments, with the loop's generator, so a seed reproduces a run), one
 * NDManager scope per step, an optional step limit and a progress callback. The network's output
 * and the batch's remaining arrays go to the caller's loss.
 */
public final class TrainingLoop {

    /**
     * @param epochs       passes over the samples
     * @param batchSize    samples per step
     * @param learningRate Adam step size (the peak, with cosine decay)
     * @param seed         seeds the engine (initialisation, dropout) and the loop's generator
     * @param maxSteps     stop after this many steps (0: no limit)
     * @param cosineDecay  decay the learning rate to 1 % of the peak over the run along a half cosine
     */
    public record Settings(int epochs, int batchSize, double learningRate, long seed, int maxSteps,
                           boolean cosineDecay) {
        public Settings {
            if (epochs < 1 || batchSize < 1 || !(learningRate > 0) || maxSteps < 0) {
                throw new IllegalArgumentException("TrainingLoop.Settings needs epochs >= 1, batchSize >= 1, "
                        + "learningRate > 0, maxSteps >= 0; was " + epochs + ", " + batchSize + ", " + learningRate
                        + ", " + maxSteps);
            }
        }
    }

    /** Builds one batch: {@code [input, targets...]} from the samples {@code order[from..to)}. */
    @FunctionalInterface
    public interface Batches {
        NDList build(NDManager scope, int[] order, int from, int to, SplittableRandom rng);
    }

    /** The scalar loss of a network output against the batch's targets ({@code batch.get(1..)}). */
    @FunctionalInterface
    public interface LossFunction {
        NDArray compute(NDArray output, NDList batch);
    }

    /** Called after every step. */
    @FunctionalInterface
    public interface Progress {
        void onStep(int epoch, int step, float loss);
    }

    /**
     * @param steps         steps taken
     * @param lastEpochLoss mean loss of the last (possibly partial) epoch
     */
    public record Result(int steps, float lastEpochLoss) {
    }

    private TrainingLoop() {
    }

    /**
     * Trains {@code model} in place on {@code sampleCount} samples, the learning rate fixed or
     * cosine-decayed as {@code settings} say.
     */
    public static Result run(Model model, int sampleCount, Settings settings, Batches batches, LossFunction loss,
            Progress progress) {
        return run(model, sampleCount, settings, totalSteps -> defaultSchedule(settings, totalSteps), batches, loss,
                progress);
    }

    /**
     * Like {@link #run(Model, int, Settings, Batches, LossFunction, Progress)} with the learning
     * rate schedule built by {@code schedule} from the run's {@link #totalSteps} (the settings'
     * learning rate and cosine flag are then the caller's to use).
     */
    public static Result run(Model model, int sampleCount, Settings settings, IntFunction<Tracker> schedule,
            Batches batches, LossFunction loss, Progress progress) {
        if (sampleCount < 1) {
            throw new IllegalArgumentException("training needs at least one sample");
        }
        Engine.getEngine("PyTorch").setRandomSeed((int) settings.seed());
        SplittableRandom rng = new SplittableRandom(settings.seed());
        Tracker tracker = schedule.apply(totalSteps(sampleCount, settings));
        DefaultTrainingConfig tc = new DefaultTrainingConfig(Loss.l1Loss())
                .optOptimizer(Optimizer.adam().optLearningRateTracker(tracker).build());
        int step = 0;
        float lastEpochLoss = Float.NaN;
        try (Trainer trainer = model.newTrainer(tc)) {
            int[] order = new int[sampleCount];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            for (int epoch = 0; epoch < settings.epochs(); epoch++) {
                shuffle(order, rng);
                double sum = 0;
                int n = 0;
                for (int start = 0; start < order.length; start += settings.batchSize()) {
                    if (settings.maxSteps() > 0 && step >= settings.maxSteps()) {
                        return new Result(step, n > 0 ? (float) (sum / n) : lastEpochLoss);
                    }
                    int end = Math.min(order.length, start + settings.batchSize());
                    float value = step(trainer, batches, loss, order, start, end, rng);
                    sum += value;
                    n++;
                    step++;
                    if (progress != null) {
                        progress.onStep(epoch, step, value);
                    }
                }
                lastEpochLoss = (float) (sum / n);
            }
        }
        return new Result(step, lastEpochLoss);
    }

    /** Steps a run will take: every batch of every epoch, capped by {@code maxSteps}. */
    public static int totalSteps(int sampleCount, Settings settings) {
        long perEpoch = (sampleCount + (long) settings.batchSize() - 1) / settings.batchSize();
        long all = perEpoch * settings.epochs();
        if (settings.maxSteps() > 0) {
            all = Math.min(all, settings.maxSteps());
        }
        return (int) Math.min(Integer.MAX_VALUE, all);
    }

    private static Tracker defaultSchedule(Settings settings, int totalSteps) {
        float lr = (float) settings.learningRate();
        return settings.cosineDecay()
                ? Tracker.cosine().setBaseValue(lr).optFinalValue(lr / 100).setMaxUpdates(Math.max(1, totalSteps))
                .build()
                : Tracker.fixed(lr);
    }

    private static float step(Trainer trainer, Batches batches, LossFunction lossFn, int[] order, int from, int to,
            SplittableRandom rng) {
        try (NDManager scope = trainer.getManager().newSubManager()) {
            NDList batch = batches.build(scope, order, from, to, rng);
            try (GradientCollector gc = trainer.newGradientCollector()) {
                NDArray out = trainer.forward(new NDList(batch.get(0))).singletonOrThrow();
                NDArray loss = lossFn.compute(out, batch);
                gc.backward(loss);
                float value = loss.getFloat();
                trainer.step();
                return value;
            }
        }
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
