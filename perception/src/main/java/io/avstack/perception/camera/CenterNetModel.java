package io.avstack.perception.camera;

import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.ParallelBlock;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.convolutional.Conv2d;
import io.avstack.perception.nn.ConvBlocks;
import io.avstack.perception.nn.FpnLiteBackbone;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
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
    /**
     * Subtracted from the heatmap logits: the CenterNet prior (bias -2.19, sigmoid ~0.1) so early
     * training is not swamped by background loss. A fixed shift has no parameter to persist.
     */
    private static final float HEATMAP_PRIOR = 2.19f;

    private CenterNetModel() {
    }

    /** The untrained network for this configuration (see {@link FpnLiteBackbone}). */
    public static Block build(DetectorConfig config) {
        int n = FpnLiteBackbone.neckChannels(config.baseChannels());
        SequentialBlock heatmap = head(n, config.numClasses()).add(x -> new NDList(x.singletonOrThrow()
                .sub(HEATMAP_PRIOR)));
        // Two heads, not one per output: each 3x3 head conv at stride 4 costs as much as a backbone stage.
        ParallelBlock heads = new ParallelBlock(CenterNetModel::concatChannels, List.of(
                heatmap, head(n, CenterNetLayout.REGRESSION_CHANNELS)));
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
        block.initialize(model.getNDManager(), DataType.FLOAT32,
                new Shape(1, 3, config.inputHeightPx(), config.inputWidthPx()));
        return model;
    }

    /**
     * Loads trained parameters from {@code dir} (written by {@link #save}).
     *
     * @throws IllegalArgumentException naming the path when the folder or file is missing or unreadable
     */
    public static Model load(Path dir, DetectorConfig config, ai.djl.Device device) {
        Path file = paramFile(dir);
        String where = file.toAbsolutePath().toString();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("camera detector weights not found: " + where);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, where, config, device);
        } catch (IOException e) {
            throw unreadable(where, e);
        }
    }

    /**
     * Loads parameters in {@link #save}'s format from a stream (e.g. a classpath resource).
     *
     * @param where names the source in error messages
     * @throws IllegalArgumentException naming {@code where} when the data is corrupt or of another
     *                                  architecture
     */
    public static Model load(InputStream stream, String where, DetectorConfig config, ai.djl.Device device) {
        Model model = Model.newInstance(MODEL_NAME, device, "PyTorch");
        Block block = build(config);
        model.setBlock(block);
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
            block.loadParameters(model.getNDManager(), in);
            if (in.read() != -1) {
                throw new MalformedModelException("trailing bytes after the parameters");
            }
            checkShapes(block, config, model.getNDManager());
            return model;
        } catch (IOException | MalformedModelException | RuntimeException e) {
            model.close();
            throw unreadable(where, e);
        }
    }

    private static IllegalArgumentException unreadable(String where, Exception e) {
        return new IllegalArgumentException("camera detector weights unreadable or not matching the configuration: "
                + where + " (" + e + ")", e);
    }

    /**
     * Writes the network's parameters (DJL's block parameter format) to {@link #paramFile}; the
     * architecture itself is code, rebuilt from the {@link DetectorConfig} on load.
     */
    public static void save(Model model, Path dir) throws IOException {
        Files.createDirectories(dir);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                Files.newOutputStream(paramFile(dir))))) {
            model.getBlock().saveParameters(out);
        }
    }

    /** The parameter file {@link #save} writes in {@code dir}. */
    public static Path paramFile(Path dir) {
        return dir.resolve(MODEL_NAME + ".params");
    }

    /** Parameters load whatever shapes were stored: compare with the shapes this configuration builds. */
    private static void checkShapes(Block loaded, DetectorConfig config, NDManager parent)
            throws MalformedModelException {
        try (NDManager scratch = parent.newSubManager()) {
            Block expected = build(config);
            expected.initialize(scratch, DataType.FLOAT32, new Shape(1, 3, config.inputHeightPx(), config.inputWidthPx()));
            List<Parameter> want = expected.getParameters().values();
            List<Parameter> got = loaded.getParameters().values();
            if (want.size() != got.size()) {
                throw new MalformedModelException(got.size() + " parameters, expected " + want.size());
            }
            for (int i = 0; i < want.size(); i++) {
                Shape w = want.get(i).getArray().getShape();
                Shape g = got.get(i).getArray().getShape();
                if (!w.equals(g)) {
                    throw new MalformedModelException("parameter " + i + " has shape " + g + ", expected " + w);
                }
            }
        }
    }

    private static SequentialBlock head(int hidden, int outChannels) {
        return new SequentialBlock()
                .add(Conv2d.builder().setFilters(hidden).setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1))
                        .build())
                .add(Activation.reluBlock())
                .add(ConvBlocks.conv1x1(outChannels));
    }

    private static NDList concatChannels(List<NDList> outputs) {
        NDList parts = new NDList(outputs.size());
        for (NDList o : outputs) {
            parts.add(o.singletonOrThrow());
        }
        NDArray all = NDArrays.concat(parts, 1);
        return new NDList(all);
    }
}
