package io.avstack.perception.nn;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * A short hash of what a network computes on a fixed input, bit for bit. Two machines give the same
 * fingerprint when their CPU kernels compute the network identically (the same instruction set,
 * cache blocking and summation order), which is what a bit-exact replay of a recorded full-stack
 * drive needs; a drive log records it ({@code avstack sim --record}) so that a replay on another
 * machine can tell rounding in the kernels from a change in the code (docs/DETERMINISM.md).
 */
public final class KernelFingerprint {

    private static final long INPUT_SEED = 0x5eed_f1a9L;

    private KernelFingerprint() {
    }

    /**
     * 16 hex digits of SHA-256 over the output bits of {@code model}'s network on a fixed uniform
     * [-1, 1) input of {@code inputShape}, computed single-threaded on the calling thread (as the
     * stack runs its networks, {@link TorchThreads#pinCallingThread}).
     */
    public static String of(Model model, Shape inputShape) {
        return of(model, inputShape, (manager, values) -> manager.create(values, inputShape));
    }

    /**
     * As {@link #of(Model, Shape)}, the fixed input's {@code inputShape.size()} values handed to the
     * network as {@code input} lays them out (e.g. a channels-last view, as a detector's translator
     * does: the layout decides which kernels run).
     */
    public static String of(Model model, Shape inputShape, BiFunction<NDManager, float[], NDArray> input) {
        TorchThreads.pinCallingThread();
        SplittableRandom random = new SplittableRandom(INPUT_SEED);
        float[] values = new float[Math.toIntExact(inputShape.size())];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (2 * random.nextDouble() - 1);
        }
        try (NDManager scope = model.getNDManager().newSubManager()) {
            NDArray x = input.apply(scope, values);
            float[] out = model.getBlock().forward(new ParameterStore(scope, false), new NDList(x), false)
                    .singletonOrThrow().toFloatArray();
            ByteBuffer bits = ByteBuffer.allocate(4 * out.length);
            for (float v : out) {
                bits.putInt(Float.floatToRawIntBits(v));
            }
            return HexFormat.of().formatHex(sha256(bits.array()), 0, 8);
        }
    }

    /** The fingerprints of several networks combined into one of the same form. */
    public static String combine(String... fingerprints) {
        return HexFormat.of().formatHex(sha256(String.join("/", fingerprints).getBytes(
                java.nio.charset.StandardCharsets.US_ASCII)), 0, 8);
    }

    private static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
