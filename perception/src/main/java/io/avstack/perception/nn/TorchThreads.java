package io.avstack.perception.nn;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * PyTorch's intra-op thread count, changeable at run time (the system property
 * {@code ai.djl.pytorch.num_threads} only applies when the engine starts). Process-wide.
 */
public final class TorchThreads {

    /** Whether {@link #pinCallingThread} already ran on this thread. */
    private static final ThreadLocal<boolean[]> PINNED = ThreadLocal.withInitial(() -> new boolean[1]);

    private TorchThreads() {
    }

    /**
     * Makes PyTorch ops called from this thread run on this thread alone (intra-op 1), once per
     * thread. Why: PyTorch's thread count is per calling thread (OpenMP) and defaults to the
     * machine's core count, and it changes which convolution kernels run (oneDNN or not, and how
     * the work is split), so without this a detector's outputs, and a simulated run's metrics,
     * differed in the last bits between machines and between the first thread (the one that
     * started the engine) and the others. One thread per inference is also the fastest for
     * parallel simulation runs (no OpenMP team per call on an already busy CPU).
     */
    public static void pinCallingThread() {
        boolean[] done = PINNED.get();
        if (!done[0]) {
            CpuKernels.warnIfUnpinned();
            NativeAllocator.warnIfUntuned();
            setIntraOp(1);
            done[0] = true;
        }
    }

    /** Sets the intra-op thread count of the PyTorch engine, starting the engine if needed. */
    public static void setIntraOp(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("PyTorch intra-op threads must be >= 1, was " + threads);
        }
        Engine.getEngine("PyTorch");
        JniUtils.setNumThreads(threads);
    }

    public static int intraOp() {
        Engine.getEngine("PyTorch");
        return JniUtils.getNumThreads();
    }
}
