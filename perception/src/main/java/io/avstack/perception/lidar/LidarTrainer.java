package io.avstack.perception.lidar;

import ai.djl.Model;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.avstack.core.geom.Extrinsics;
import io.avstack.perception.camera.TrainerConfig;
import io.avstack.perception.nn.TrainingLoop;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Trains the lidar detector on a {@link LidarSampleSource} with the shared {@link TrainingLoop}
 * (Adam with cosine decay, seeded shuffling and {@link PointAugmenter} augmentation, one NDManager
 * scope per step). Samples are fetched per step, so a simulator source never holds the data set in
 * memory. Batch arrays are allocated once and reused.
 */
public final class LidarTrainer {

    private final LidarDetectorConfig config;
    private final TrainerConfig trainerConfig;
    private final BevRasteriser rasteriser;
    private final BevTargetEncoder encoder;
    private final PointAugmenter augmenter;
    private float[] input = new float[0];
    private float[] heat = new float[0];
    private float[] reg = new float[0];
    private float[] mask = new float[0];

    public LidarTrainer(LidarDetectorConfig config, TrainerConfig trainerConfig) {
        this.config = config;
        this.trainerConfig = trainerConfig;
        this.rasteriser = new BevRasteriser(config.grid(), Extrinsics.IDENTITY);
        this.encoder = new BevTargetEncoder(config);
        this.augmenter = new PointAugmenter(trainerConfig.robustness());
    }

    /** Trains {@code model} (built by {@link BevCenterNetModel#newModel}) in place. */
    public TrainingLoop.Result train(Model model, LidarSampleSource source, TrainingLoop.Progress progress) {
        TrainingLoop.Settings settings = new TrainingLoop.Settings(trainerConfig.epochs(), trainerConfig.batchSize(),
                trainerConfig.learningRate(), trainerConfig.seed(), trainerConfig.maxSteps(), true);
        return TrainingLoop.run(model, source.size(), settings,
                (scope, order, from, to, rng) -> batch(scope, source, order, from, to, rng),
                (out, b) -> BevLoss.compute(out, b.get(1), b.get(2), b.get(3), config.numClasses()), progress);
    }

    /** Trains, then writes weights and {@link LidarModelMetadata} to {@code dir}. */
    public TrainingLoop.Result trainAndSave(Model model, LidarSampleSource source, TrainingLoop.Progress progress,
            Path dir) throws IOException {
        TrainingLoop.Result r = train(model, source, progress);
        BevCenterNetModel.save(model, dir);
        new LidarModelMetadata(config.classes(), config.grid(), config.baseChannels(), LidarDetectorConfig.OUTPUT_STRIDE,
                trainerConfig.seed(), source.size(), trainerConfig.epochs(), r.steps(), r.lastEpochLoss()).write(dir);
        return r;
    }

    /** Rasters and targets of samples {@code order[from..to)}: [input, heatmap, regression, mask]. */
    NDList batch(NDManager scope, LidarSampleSource source, int[] order, int from, int to, SplittableRandom rng) {
        int n = to - from;
        int inPlane = BevRasteriser.CHANNELS * config.grid().cells();
        int outPlane = config.outputRows() * config.outputCols();
        int nc = config.numClasses();
        ensureCapacity(n, inPlane, outPlane, nc);
        for (int b = 0; b < n; b++) {
            LidarSample s = source.sample(order[from + b]);
            if (trainerConfig.augment()) {
                s = augmenter.apply(s, rng);
            }
            rasteriser.rasterise(s.xyzi(), s.points());
            System.arraycopy(rasteriser.raster(), 0, input, b * inPlane, inPlane);
            encoder.encode(s.boxes(), b, heat, reg, mask);
        }
        int rows = config.grid().rows();
        int cols = config.grid().cols();
        int oRows = config.outputRows();
        int oCols = config.outputCols();
        return new NDList(
                scope.create(FloatBuffer.wrap(input, 0, n * inPlane),
                        new Shape(n, BevRasteriser.CHANNELS, rows, cols)),
                scope.create(FloatBuffer.wrap(heat, 0, n * nc * outPlane), new Shape(n, nc, oRows, oCols)),
                scope.create(FloatBuffer.wrap(reg, 0, n * BevLayout.REGRESSION_CHANNELS * outPlane),
                        new Shape(n, BevLayout.REGRESSION_CHANNELS, oRows, oCols)),
                scope.create(FloatBuffer.wrap(mask, 0, n * outPlane), new Shape(n, 1, oRows, oCols)));
    }

    private void ensureCapacity(int n, int inPlane, int outPlane, int nc) {
        if (input.length < n * inPlane) {
            input = new float[n * inPlane];
            heat = new float[n * nc * outPlane];
            reg = new float[n * BevLayout.REGRESSION_CHANNELS * outPlane];
            mask = new float[n * outPlane];
        }
    }
}
