package io.avstack.perception.nn;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * A network's parameters in one file (DJL's block parameter format); the architecture itself is
 * code, rebuilt on load. Loading checks that the file holds exactly the parameters, with the
 * shapes, that the rebuilt architecture expects, so a file for another configuration is refused
 * instead of running with mismatched weights.
 */
public final class ParameterFiles {

    private ParameterFiles() {
    }

    /** Writes {@code block}'s parameters to {@code file}, creating its folder. */
    public static void save(Block block, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            block.saveParameters(out);
        }
    }

    /**
     * A new model holding {@code architecture} with the parameters of {@code file}; see
     * {@link #load}. Nothing is left open when it throws.
     */
    public static Model loadModel(String modelName, Device device, Path file, Supplier<Block> architecture,
            Shape inputShape, String what) {
        requireFile(file, what);
        try (InputStream in = Files.newInputStream(file)) {
            return loadModel(modelName, device, in, file.toAbsolutePath().toString(), architecture, inputShape, what);
        } catch (IOException e) {
            throw unreadable(what, file.toAbsolutePath().toString(), e);
        }
    }

    /**
     * Like {@link #loadModel(String, Device, Path, Supplier, Shape, String)} reading the parameters
     * from {@code stream} (e.g. a classpath resource); {@code where} names the source in messages.
     * The stream is not closed.
     */
    public static Model loadModel(String modelName, Device device, InputStream stream, String where,
            Supplier<Block> architecture, Shape inputShape, String what) {
        Model model = Model.newInstance(modelName, device, "PyTorch");
        Block block = architecture.get();
        model.setBlock(block);
        try {
            load(block, model.getNDManager(), stream, where, architecture, inputShape, what);
            return model;
        } catch (RuntimeException e) {
            model.close();
            throw e;
        }
    }

    /**
     * Loads {@code file} into {@code block} (not yet initialised) and checks it against a fresh
     * {@code architecture} initialised for {@code inputShape}.
     *
     * @param what names the model in messages, e.g. "camera detector"
     * @throws IllegalArgumentException naming the absolute path when the file is missing, unreadable,
     *     has trailing bytes or does not match the architecture
     */
    public static void load(Block block, NDManager manager, Path file, Supplier<Block> architecture,
            Shape inputShape, String what) {
        requireFile(file, what);
        String where = file.toAbsolutePath().toString();
        try (InputStream in = Files.newInputStream(file)) {
            load(block, manager, in, where, architecture, inputShape, what);
        } catch (IOException e) {
            throw unreadable(what, where, e);
        }
    }

    /**
     * Like {@link #load(Block, NDManager, Path, Supplier, Shape, String)} reading from
     * {@code stream}, which must hold exactly the parameters; {@code where} names the source in
     * messages. The stream is not closed.
     */
    public static void load(Block block, NDManager manager, InputStream stream, String where,
            Supplier<Block> architecture, Shape inputShape, String what) {
        try {
            DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
            block.loadParameters(manager, in);
            if (in.read() != -1) {
                throw new MalformedModelException("trailing bytes after the parameters");
            }
            checkShapes(block, architecture.get(), inputShape, manager);
        } catch (IOException | MalformedModelException | RuntimeException e) {
            throw unreadable(what, where, e);
        }
    }

    private static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(what + " weights not found: " + file.toAbsolutePath());
        }
    }

    private static IllegalArgumentException unreadable(String what, String where, Exception e) {
        return new IllegalArgumentException(what + " weights unreadable or not matching the configuration: "
                + where + " (" + e + ")", e);
    }

    /** Parameters load whatever shapes were stored: compare with the shapes the architecture builds. */
    private static void checkShapes(Block loaded, Block expected, Shape inputShape, NDManager parent)
            throws MalformedModelException {
        try (NDManager scratch = parent.newSubManager()) {
            expected.initialize(scratch, DataType.FLOAT32, inputShape);
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

    /**
     * {@code model} with gradients attached to every parameter that takes one: loaded parameters do
     * not record gradients, so a loaded model cannot be trained on (fine-tuning) without this.
     */
    public static Model trainable(Model model) {
        for (ai.djl.util.Pair<String, ai.djl.nn.Parameter> p : model.getBlock().getParameters()) {
            if (p.getValue().requiresGradient()) {
                p.getValue().getArray().setRequiresGradient(true);
            }
        }
        return model;
    }
}
