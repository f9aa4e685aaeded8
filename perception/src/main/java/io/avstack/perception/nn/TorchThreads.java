package io.avstack.perception.nn;

import ai.djl.engine.Engine;
import ai.djl.pytorch.jni.JniUtils;

/**
 * PyTorch's intra-op thread count, changeable at run time (the system property
 * {@code ai.djl.pytorch.num_threads} only applies when the engine starts). Process-wide.
 */
public final class TorchThreads {

    private TorchThreads() {
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
