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
 *
 * <p>Optionally it trains on lateral windows of the grid: each sample is moved sideways by a random
 * offset and only a band of the grid's full length but {@code windowWidthM} wide is rasterised. The
 * network is fully convolutional, so it learns the same thing from a window as from the whole
 * grid (a conv net cannot tell where in the grid it looks), at a fraction of the cost per sample;
 * most objects are on the road, within a few lanes of the vehicle, so few are lost.
 */
public final class LidarTrainer {

    private final LidarDetectorConfig config;
    /** The configuration of the training window (the whole grid when not cropping). */
    private final LidarDetectorConfig window;
    /** Samples move sideways by up to this, m. */
    private final double maxShiftM;
    private final TrainerConfig trainerConfig;
    private final BevRasteriser rasteriser;
    private final BevTargetEncoder encoder;
    private final PointAugmenter augmenter;
    private float[] input = new float[0];
    private float[] heat = new float[0];
    private float[] reg = new float[0];
    private float[] mask = new float[0];

    /** Trains on the whole grid. */
    public LidarTrainer(LidarDetectorConfig config, TrainerConfig trainerConfig) {
        this(config, trainerConfig, config.grid().yMaxM() - config.grid().yMinM());
    }

    /**
     * Trains on lateral windows {@code windowWidthM} wide (see the class comment).
     *
     * @throws IllegalArgumentException unless the window is a whole number of cells, a multiple of
     *     {@link BevGrid#CELL_MULTIPLE}, and no wider than the grid
     */
    public LidarTrainer(LidarDetectorConfig config, TrainerConfig trainerConfig, double windowWidthM) {
        BevGrid g = config.grid();
        double fullWidthM = g.yMaxM() - g.yMinM();
        if (!(windowWidthM > 0 && windowWidthM <= fullWidthM + 1e-9)) {
            throw new IllegalArgumentException("training window width must be in (0, " + fullWidthM + "] m, was "
                    + windowWidthM);
        }
        if (windowWidthM < fullWidthM && Math.abs(g.yMinM() + g.yMaxM()) > 1e-9) {
            throw new IllegalArgumentException("training windows need a grid centred on y = 0, was ["
                    + g.yMinM() + ", " + g.yMaxM() + ")");
        }
        this.config = config;
        this.window = windowWidthM < fullWidthM ? config.withGrid(new BevGrid(g.xMinM(), g.xMaxM(),
                -windowWidthM / 2, windowWidthM / 2, g.cellM(), g.zMinM(), g.zMaxM())) : config;
        this.maxShiftM = (fullWidthM - windowWidthM) / 2;
        this.trainerConfig = trainerConfig;
        this.rasteriser = new BevRasteriser(window.grid(), Extrinsics.IDENTITY);
        this.encoder = new BevTargetEncoder(window);
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
        save(model, dir, source.size(), trainerConfig.epochs(), r.steps(), r.lastEpochLoss());
        return r;
    }

    /**
     * Writes the model as it is now (e.g. a checkpoint between epochs): weights and
     * {@link LidarModelMetadata} recording {@code epochs}, {@code steps} and {@code loss}.
     */
    public void save(Model model, Path dir, int frames, int epochs, int steps, double loss) throws IOException {
        BevCenterNetModel.save(model, dir);
        new LidarModelMetadata(config.classes(), config.grid(), config.baseChannels(), LidarDetectorConfig.OUTPUT_STRIDE,
                trainerConfig.seed(), frames, epochs, steps, loss, config.architecture()).write(dir);
    }

    /** Rasters and targets of samples {@code order[from..to)}: [input, heatmap, regression, mask]. */
    NDList batch(NDManager scope, LidarSampleSource source, int[] order, int from, int to, SplittableRandom rng) {
        int n = to - from;
        int inPlane = BevRasteriser.CHANNELS * window.grid().cells();
        int outPlane = window.outputRows() * window.outputCols();
        int nc = config.numClasses();
        ensureCapacity(n, inPlane, outPlane, nc);
        for (int b = 0; b < n; b++) {
            LidarSample s = source.sample(order[from + b]);
            if (trainerConfig.augment()) {
                s = augmenter.apply(s, rng);
            }
            if (maxShiftM > 0) {
                s = PointAugmenter.shiftY(s, rng.nextDouble(-maxShiftM, maxShiftM));
            }
            rasteriser.rasterise(s.xyzi(), s.points());
            System.arraycopy(rasteriser.raster(), 0, input, b * inPlane, inPlane);
            encoder.encode(s.boxes(), b, heat, reg, mask);
        }
        int rows = window.grid().rows();
        int cols = window.grid().cols();
        int oRows = window.outputRows();
        int oCols = window.outputCols();
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
