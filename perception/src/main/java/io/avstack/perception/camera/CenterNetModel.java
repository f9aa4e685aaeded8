package io.avstack.perception.camera;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import io.avstack.perception.nn.BatchNormFolding;
import io.avstack.perception.nn.ConvBlocks;
import io.avstack.perception.nn.DwFpnBackbone;
import io.avstack.perception.nn.FpnLiteBackbone;
import io.avstack.perception.nn.ParameterFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The CenterNet-style network: a feature pyramid down to stride 16 merged back to a stride-4 map,
 * then heads whose outputs are concatenated along the channel axis (see {@link CenterNetLayout}).
 * {@link CameraArchitecture#FPN_LITE}: the {@link FpnLiteBackbone} with a heatmap head and a
 * regression head; {@link CameraArchitecture#FPN_LITE_DW}: the {@link DwFpnBackbone} with the same
 * two heads, each with a depthwise-separable hidden layer instead of a 3x3 convolution.
 */
public final class CenterNetModel {

    /** File prefix of the parameters inside a model folder. */
    public static final String MODEL_NAME = "camera-detector";
    private static final String WHAT = "camera detector";

    private CenterNetModel() {
    }

    /** The untrained network for this configuration (see {@link CameraArchitecture}). */
    public static Block build(DetectorConfig config) {
        return build(config, false);
    }

    /**
     * The network for {@code config}; {@code folded}: its inference form without BatchNorm (see
     * {@link #load}).
     */
    public static Block build(DetectorConfig config, boolean folded) {
        int c = config.baseChannels();
        int n = ConvBlocks.width(FpnLiteBackbone.neckChannels(c), folded);
        if (config.architecture() == CameraArchitecture.FPN_LITE_DW) {
            // The two heads with a depthwise-separable hidden layer: a full 3x3 one at stride 4 costs
            // as much as a backbone stage.
            SequentialBlock heatmap = new SequentialBlock()
                    .add(ConvBlocks.depthwiseSeparable(n, n, folded))
                    .add(ConvBlocks.conv1x1(config.numClasses()));
            SequentialBlock regression = new SequentialBlock()
                    .add(ConvBlocks.depthwiseSeparable(n, n, folded))
                    .add(ConvBlocks.conv1x1(CenterNetLayout.REGRESSION_CHANNELS));
            return DwFpnBackbone.build(c, folded).add(new ParallelBlock(ConvBlocks::concatChannels,
                    List.of(ConvBlocks.withHeatmapPrior(heatmap), regression)));
        }
        SequentialBlock heatmap = ConvBlocks.heatmapHead(n, config.numClasses());
        // Two heads, not one per output: each 3x3 head conv at stride 4 costs as much as a backbone stage.
        ParallelBlock heads = new ParallelBlock(ConvBlocks::concatChannels, List.of(
                heatmap, ConvBlocks.head(n, CenterNetLayout.REGRESSION_CHANNELS)));
        return FpnLiteBackbone.build(c, folded).add(heads);
    }

    /** A new model holding an initialised, untrained network (engine-seeded initialisation). */
    public static Model newModel(DetectorConfig config, ai.djl.Device device) {
        return newModel(config, device, 0);
    }

    /** Like {@link #newModel(DetectorConfig, ai.djl.Device)} with the initial weights drawn from {@code seed}. */
    public static Model newModel(DetectorConfig config, ai.djl.Device device, int seed) {
        ai.djl.engine.Engine.getEngine("PyTorch").setRandomSeed(seed);
        Model model = Model.newInstance(MODEL_NAME, device, "PyTorch");
        Block block = build(config);
        model.setBlock(block);
        block.initialize(model.getNDManager(), DataType.FLOAT32, inputShape(config));
        return model;
    }

    /**
     * Loads trained parameters from {@code dir} (written by {@link #save}) for inference: the
     * returned model holds the BatchNorm-folded network (same outputs to float rounding, one op and
     * one pass over the feature map less per BatchNorm; not for training or saving).
     *
     * @throws IllegalArgumentException naming the path when the folder or file is missing or unreadable
     */
    public static Model load(Path dir, DetectorConfig config, ai.djl.Device device) {
        return forInference(loadTrained(dir, config, device), config);
    }

    private static Model loadTrained(Path dir, DetectorConfig config, ai.djl.Device device) {
        return ParameterFiles.loadModel(MODEL_NAME, device, paramFile(dir), () -> build(config), inputShape(config),
                WHAT);
    }

    /**
     * Like {@link #load(Path, DetectorConfig, ai.djl.Device)} with the network as trained (never
     * folded), ready to be trained further (fine-tuning): DJL attaches gradients to a parameter only
     * when it initialises it, not when it loads it, so the trainable parameters get theirs here.
     */
    public static Model loadForTraining(Path dir, DetectorConfig config, ai.djl.Device device) {
        return ParameterFiles.trainable(loadTrained(dir, config, device));
    }

    /**
     * Loads parameters in {@link #save}'s format from a stream (e.g. a classpath resource), for
     * inference as {@link #load(Path, DetectorConfig, ai.djl.Device)}.
     *
     * @param where names the source in error messages
     * @throws IllegalArgumentException naming {@code where} when the data is corrupt or of another
     *                                  architecture
     */
    public static Model load(InputStream stream, String where, DetectorConfig config, ai.djl.Device device) {
        return forInference(ParameterFiles.loadModel(MODEL_NAME, device, stream, where, () -> build(config),
                inputShape(config), WHAT), config);
    }

    /** A BatchNorm-folded copy of {@code trained}, closing {@code trained}. */
    private static Model forInference(Model trained, DetectorConfig config) {
        try (trained) {
            return BatchNormFolding.fold(trained, build(config, true), inputShape(config), UnaryOperator.identity(),
                    true);
        }
    }

    /**
     * The network input for {@code values} ({@code [3, H, W]} planes, or {@code [H, W, 3]}
     * interleaved when the architecture takes a {@link CameraArchitecture#channelsLastInput}), as the
     * {@code [1, 3, H, W]} array the network takes: channels-last in memory in the second case, so
     * PyTorch picks oneDNN's NHWC convolutions.
     */
    public static NDArray input(NDManager manager, float[] values, DetectorConfig config) {
        int h = config.inputHeightPx();
        int w = config.inputWidthPx();
        if (config.architecture().channelsLastInput()) {
            return manager.create(values, new Shape(1, h, w, 3)).transpose(0, 3, 1, 2);
        }
        return manager.create(values, new Shape(1, 3, h, w));
    }

    /**
     * Writes the network's parameters (DJL's block parameter format) to {@link #paramFile}; the
     * architecture itself is code, rebuilt from the {@link DetectorConfig} on load.
     */
    public static void save(Model model, Path dir) throws IOException {
        Files.createDirectories(dir);
        ParameterFiles.save(model.getBlock(), paramFile(dir));
    }

    /** The parameter file {@link #save} writes in {@code dir}. */
    public static Path paramFile(Path dir) {
        return dir.resolve(MODEL_NAME + ".params");
    }

    private static Shape inputShape(DetectorConfig config) {
        return new Shape(1, 3, config.inputHeightPx(), config.inputWidthPx());
    }
}
