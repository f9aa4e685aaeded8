package io.avstack.perception;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

/** The PyTorch engine loads from the bundled native jar, offline, and computes. */
class DjlEngineSmokeTest {

    @Test
    void pytorchEngineRunsOfflineFromTheBundledNativeJar() {
        assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
        Engine engine = Engine.getEngine("PyTorch");
        assertThat(engine.getVersion()).startsWith("2.5.1");
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray a = manager.arange(6f).reshape(new Shape(2, 3));
            NDArray product = a.matMul(a.transpose());
            assertThat(product.toFloatArray()).containsExactly(5f, 14f, 14f, 50f);
        }
    }
}
