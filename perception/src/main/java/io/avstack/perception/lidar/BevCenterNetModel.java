package io.avstack.perception.lidar;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import io.avstack.perception.nn.BatchNormFolding;
import io.avstack.perception.nn.ConvBlocks;
import io.avstack.perception.nn.ParameterFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The lidar CenterNet, in one of two {@link LidarArchitecture}s chosen by the configuration (and so
 * by the model folder's metadata). {@link LidarArchitecture#PLAIN}: one full-resolution block keeps
 * small objects (a pedestrian is one or two cells), one strided block halves the grid, dilated
 * blocks (1, 2, 4) widen the receptive field to a truck's length without losing resolution, then a
 * heatmap head and a box head (CenterPoint's conv-BN-ReLU + 1x1: without the BatchNorm the box
 * head's hidden units died during training and every car and truck got the same size)
 * concatenated along the channel axis (see {@link BevLayout}). {@link LidarArchitecture#COMPACT}:
 * the same outputs for about half the CPU. Small on purpose: it must run a 10 Hz scan in well under
 * 15 ms on two CPU cores.
 */
public final class BevCenterNetModel {

    /** File prefix of the parameters inside a model folder. */
    public static final String MODEL_NAME = "lidar-detector";

    private BevCenterNetModel() {
    }

    /** The untrained network for this configuration (its {@link LidarDetectorConfig#architecture}). */
    public static Block build(LidarDetectorConfig config) {
        return switch (config.architecture()) {
            case PLAIN -> buildPlain(config, false);
            case COMPACT -> buildCompact(config, false);
        };
    }

    /**
     * A model computing what {@code trained} computes (to float rounding), for inference only, as
     * cheaply as this code can: a new model with every BatchNorm folded into the convolution before
     * it ({@link BatchNormFolding}) and the two heads merged into one ({@link CompactHeads});
     * {@code trained} is closed. The result cannot be trained or saved in {@link #save}'s format.
     */
    public static Model inferenceModel(Model trained, LidarDetectorConfig config) {
        int hidden = config.baseChannels();
        try (trained) {
            return BatchNormFolding.fold(trained, inferenceBlock(config), inputShape(config),
                    tensors -> CompactHeads.merge(tensors, hidden, config.numClasses()));
        }
    }

    /** A new, uninitialised copy of the network {@link #inferenceModel} runs (BatchNorm folded, heads merged). */
    public static Block inferenceBlock(LidarDetectorConfig config) {
        return config.architecture() == LidarArchitecture.PLAIN ? buildPlain(config, true) : buildCompact(config, true);
    }

    /** {@link LidarArchitecture#PLAIN}, in its training form or {@code folded} for inference. */
    private static Block buildPlain(LidarDetectorConfig config, boolean folded) {
        int c = config.baseChannels();
        SequentialBlock net = new SequentialBlock()
                .add(ConvBlocks.convBnRelu(c, 1, 1, folded))
                .add(ConvBlocks.convBnRelu(2 * c, LidarDetectorConfig.OUTPUT_STRIDE, 1, folded))
                .add(ConvBlocks.convBnRelu(2 * c, 1, 1, folded))
                .add(ConvBlocks.convBnRelu(2 * c, 1, 2, folded))
                .add(ConvBlocks.convBnRelu(2 * c, 1, 4, folded));
        if (folded) {
            return net.add(CompactHeads.block(c, BevLayout.channels(config.numClasses()), 3));
        }
        ParallelBlock heads = new ParallelBlock(ConvBlocks::concatChannels, List.of(
                ConvBlocks.withHeatmapPrior(ConvBlocks.normHead(c, config.numClasses())),
                ConvBlocks.normHead(c, BevLayout.REGRESSION_CHANNELS)));
        return net.add(heads);
    }

    /** A new model holding an initialised, untrained network, initial weights drawn from {@code seed}. */
    public static Model newModel(LidarDetectorConfig config, Device device, int seed) {
        Engine.getEngine("PyTorch").setRandomSeed(seed);
        Model model = Model.newInstance(MODEL_NAME, device, "PyTorch");
        Block block = build(config);
        model.setBlock(block);
        block.initialize(model.getNDManager(), DataType.FLOAT32, inputShape(config));
        return model;
    }

    /**
     * Loads trained parameters from {@code dir} (written by {@link #save}).
     *
     * @throws IllegalArgumentException naming the path when the file is missing, unreadable or not
     *     for this configuration
     */
    public static Model load(Path dir, LidarDetectorConfig config, Device device) {
        return ParameterFiles.loadModel(MODEL_NAME, device, paramFile(dir), () -> build(config), inputShape(config),
                "lidar detector");
    }

    /** As {@link #load(Path, LidarDetectorConfig, Device)}, to train on (fine-tuning: gradients attached). */
    public static Model loadForTraining(Path dir, LidarDetectorConfig config, Device device) {
        return ParameterFiles.trainable(load(dir, config, device));
    }

    /**
     * Loads parameters in {@link #save}'s format from a stream (e.g. a classpath resource); the
     * stream is not closed.
     *
     * @param where names the source in error messages
     * @throws IllegalArgumentException naming {@code where} when the data is corrupt or for another
     *     configuration
     */
    public static Model load(InputStream stream, String where, LidarDetectorConfig config, Device device) {
        return ParameterFiles.loadModel(MODEL_NAME, device, stream, where, () -> build(config), inputShape(config),
                "lidar detector");
    }

    /**
     * {@link LidarArchitecture#COMPACT}, in its training form or {@code folded} for inference. The
     * undilated 3x3 comes last: the 1x1 heads have no spatial context of their own, so the cells
     * next to a peak (its fine position, a small object's outline) are mixed in just before them.
     */
    private static Block buildCompact(LidarDetectorConfig config, boolean folded) {
        int c = config.baseChannels();
        int wide = 2 * c;
        SequentialBlock net = new SequentialBlock()
                .add(ConvBlocks.convBnRelu(wide, LidarDetectorConfig.OUTPUT_STRIDE, 1, folded))
                .add(ConvBlocks.convBnRelu(wide, 1, 2, folded))
                .add(ConvBlocks.depthwiseSeparable(wide, wide, 4, false, folded))
                .add(ConvBlocks.convBnRelu(wide, 1, 1, folded));
        if (folded) {
            return net.add(CompactHeads.block(c, BevLayout.channels(config.numClasses()), 1));
        }
        ParallelBlock heads = new ParallelBlock(ConvBlocks::concatChannels, List.of(
                ConvBlocks.withHeatmapPrior(CompactBlocks.pointwiseHead(c, config.numClasses())),
                CompactBlocks.pointwiseHead(c, BevLayout.REGRESSION_CHANNELS)));
        return net.add(heads);
    }

    /** Writes the network's parameters to {@link #paramFile}. */
    public static void save(Model model, Path dir) throws IOException {
        ParameterFiles.save(model.getBlock(), paramFile(dir));
    }

    /** The parameter file {@link #save} writes in {@code dir}. */
    public static Path paramFile(Path dir) {
        return dir.resolve(MODEL_NAME + ".params");
    }

    /** One raster: {@code [1, CHANNELS, rows, cols]}. */
    public static Shape inputShape(LidarDetectorConfig config) {
        return new Shape(1, BevRasteriser.CHANNELS, config.grid().rows(), config.grid().cols());
    }
}
