package io.avstack.perception.camera;

import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.util.Pair;
import io.avstack.perception.nn.ConvBlocks;
import io.avstack.perception.nn.FpnLiteBackbone;
import io.avstack.perception.nn.ParameterFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The CenterNet-style network: the {@link FpnLiteBackbone} (down to stride 16, merged back to a
 * stride-4 feature map), then a heatmap head and a regression head concatenated along the channel
 * axis (see {@link CenterNetLayout}).
 */
public final class CenterNetModel {

    /** File prefix of the parameters inside a model folder. */
    public static final String MODEL_NAME = "camera-detector";
    private static final String WHAT = "camera detector";

    private CenterNetModel() {
    }

    /** The untrained network for this configuration (see {@link FpnLiteBackbone}). */
    public static Block build(DetectorConfig config) {
        int n = FpnLiteBackbone.neckChannels(config.baseChannels());
        SequentialBlock heatmap = ConvBlocks.heatmapHead(n, config.numClasses());
        // Two heads, not one per output: each 3x3 head conv at stride 4 costs as much as a backbone stage.
        ParallelBlock heads = new ParallelBlock(ConvBlocks::concatChannels, List.of(
                heatmap, ConvBlocks.head(n, CenterNetLayout.REGRESSION_CHANNELS)));
        return FpnLiteBackbone.build(config.baseChannels()).add(heads);
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
     * Loads trained parameters from {@code dir} (written by {@link #save}).
     *
     * @throws IllegalArgumentException naming the path when the folder or file is missing or unreadable
     */
    public static Model load(Path dir, DetectorConfig config, ai.djl.Device device) {
        return ParameterFiles.loadModel(MODEL_NAME, device, paramFile(dir), () -> build(config), inputShape(config),
                WHAT);
    }

    /**
     * Like {@link #load(Path, DetectorConfig, ai.djl.Device)}, ready to be trained further (fine-tuning):
     * DJL attaches gradients to a parameter only when it initialises it, not when it loads it, so
     * the trainable parameters get theirs here.
     */
    public static Model loadForTraining(Path dir, DetectorConfig config, ai.djl.Device device) {
        Model model = load(dir, config, device);
        for (Pair<String, Parameter> p : model.getBlock().getParameters()) {
            if (p.getValue().requiresGradient()) {
                p.getValue().getArray().setRequiresGradient(true);
            }
        }
        return model;
    }

    /**
     * Loads parameters in {@link #save}'s format from a stream (e.g. a classpath resource).
     *
     * @param where names the source in error messages
     * @throws IllegalArgumentException naming {@code where} when the data is corrupt or of another
     *                                  architecture
     */
    public static Model load(InputStream stream, String where, DetectorConfig config, ai.djl.Device device) {
        return ParameterFiles.loadModel(MODEL_NAME, device, stream, where, () -> build(config), inputShape(config),
                WHAT);
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
