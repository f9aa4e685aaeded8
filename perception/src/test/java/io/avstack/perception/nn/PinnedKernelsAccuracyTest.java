package io.avstack.perception.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import io.avstack.perception.camera.CenterNetModel;
import io.avstack.perception.camera.DetectorConfig;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Training on this machine's CPU kernels, as the tests and {@code avstack train} cap them
 * (SSE4.1, docs/DETERMINISM.md): a camera network's gradients against the same network's in
 * float64. On the AVX-512 EPYC of session 9 its AVX2 kernels gave gradients off by up to 4x; capped,
 * they agree to ~1e-5 of their largest value. The inference kernels: {@link InferenceKernelsAccuracyTest}.
 */
class PinnedKernelsAccuracyTest {

    /** A float64 copy of {@code model}'s network (same weights) in {@code block}, as a model of its own. */
    static Model float64Copy(Model model, Block block, boolean trainable) {
        Model wide = Model.newInstance("float64", ai.djl.Device.cpu(), "PyTorch");
        wide.setBlock(block);
        List<Parameter> from = model.getBlock().getParameters().values();
        List<Parameter> to = block.getParameters().values();
        assertThat(to).hasSameSizeAs(from);
        for (int i = 0; i < from.size(); i++) {
            NDArray a = from.get(i).getArray().toType(DataType.FLOAT64, true);
            a.attach(wide.getNDManager());
            if (trainable && from.get(i).requiresGradient()) {
                a.setRequiresGradient(true);
            }
            to.get(i).setArray(a);
        }
        return wide;
    }

    @Test
    void trainingGradientsMatchFloat64() {
        TorchThreads.pinCallingThread();
        DetectorConfig c = DetectorConfig.defaults().withInputSize(96, 64).withBaseChannels(4);
        for (int seed = 0; seed < 3; seed++) {
            try (Model single = CenterNetModel.newModel(c, ai.djl.Device.cpu(), seed)) {
                Block block = CenterNetModel.build(c);
                try (Model wide = float64Copy(single, block, true)) {
                    SplittableRandom random = new SplittableRandom(seed);
                    float[] v = new float[2 * 3 * 64 * 96];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = (float) random.nextGaussian();
                    }
                    NDManager m = single.getNDManager();
                    NDArray x = m.create(v, new Shape(2, 3, 64, 96));
                    backward(single.getBlock(), m, x);
                    backward(block, wide.getNDManager(), x.toType(DataType.FLOAT64, true));
                    List<Parameter> a = single.getBlock().getParameters().values();
                    List<Parameter> b = block.getParameters().values();
                    for (int i = 0; i < a.size(); i++) {
                        if (!a.get(i).requiresGradient()) {
                            continue;
                        }
                        double[] g = a.get(i).getArray().getGradient().toType(DataType.FLOAT64, true).toDoubleArray();
                        double[] ref = b.get(i).getArray().getGradient().toDoubleArray();
                        double err = 0;
                        double max = 1e-30;
                        for (int k = 0; k < g.length; k++) {
                            err = Math.max(err, Math.abs(g[k] - ref[k]));
                            max = Math.max(max, Math.abs(ref[k]));
                        }
                        assertThat(err / max).as("gradient of %s, seed %d, kernels %s", a.get(i).getName(), seed,
                                CpuKernels.describe(System.getenv())).isLessThan(1e-3);
                    }
                }
            }
        }
    }

    private static void backward(Block block, NDManager manager, NDArray x) {
        try (ai.djl.training.GradientCollector gc = ai.djl.engine.Engine.getInstance().newGradientCollector()) {
            NDArray out = block.forward(new ParameterStore(manager, false), new NDList(x), true).singletonOrThrow();
            gc.backward(out.square().mean());
        }
    }
}
