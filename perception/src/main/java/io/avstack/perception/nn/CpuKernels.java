package io.avstack.perception.nn;

import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which CPU instruction sets PyTorch's kernels may use. They are capped by environment variables
 * read when the native library loads, so the {@code avstack} launcher and the Maven test
 * configuration set them: {@link #ONEDNN_ISA} {@code AVX512_CORE} for inference, {@code SSE41}
 * for training and the tests; {@link #ATEN_CAPABILITY} {@code avx2}. Why: on an AMD EPYC with
 * AVX-512 (session 9) oneDNN's AVX and AVX2 kernels gave wrong gradients (relative error up to 4
 * against float64), and its AVX-512 3x3 convolutions wrong outputs for inputs of more than 16
 * channels not a multiple of 16 (session 11), which the inference networks are padded to avoid
 * ({@link ConvBlocks#kernelSafeWidth}); capped so, both agree with float64 and runs repeat bit for
 * bit (docs/DETERMINISM.md).
 */
public final class CpuKernels {

    /** oneDNN's instruction-set cap. */
    public static final String ONEDNN_ISA = "ONEDNN_MAX_CPU_ISA";
    /** ATen's vectorised-kernel cap. */
    public static final String ATEN_CAPABILITY = "ATEN_CPU_CAPABILITY";

    private static final Logger LOG = LoggerFactory.getLogger(CpuKernels.class);
    private static volatile boolean warned;

    private CpuKernels() {
    }

    /** Whether {@code env} caps both kernel libraries. */
    public static boolean pinned(Map<String, String> env) {
        return env.get(ONEDNN_ISA) != null && env.get(ATEN_CAPABILITY) != null;
    }

    /** The caps in {@code env}, e.g. {@code "oneDNN<=AVX2 ATen<=avx2"}; "unpinned" for a missing one. */
    public static String describe(Map<String, String> env) {
        return "oneDNN<=" + env.getOrDefault(ONEDNN_ISA, "unpinned") + " ATen<="
                + env.getOrDefault(ATEN_CAPABILITY, "unpinned");
    }

    /** Logs once per process that the kernels are not capped, when this process's environment does not. */
    public static void warnIfUnpinned() {
        if (!warned && !pinned(System.getenv())) {
            warned = true;
            LOG.warn("CNN kernels not pinned ({}): on AVX-512 CPUs detections are not reproducible; start through the "
                    + "avstack launcher or set {}=AVX512_CORE and {}=avx2 (docs/DETERMINISM.md)", describe(System.getenv()),
                    ONEDNN_ISA, ATEN_CAPABILITY);
        }
    }
}
