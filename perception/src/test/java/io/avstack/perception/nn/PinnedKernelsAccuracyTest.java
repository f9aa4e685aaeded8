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
import io.avstack.perception.camera.BundledCameraModel;
import io.avstack.perception.camera.CameraDetector;
import io.avstack.perception.camera.CenterNetModel;
import io.avstack.perception.camera.DetectorConfig;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The shipped camera network on this machine's CPU kernels, as the tests and the launcher pin them
 * (docs/DETERMINISM.md), against the same network in float64: on the AVX-512 EPYC of session 9 the
 * unpinned oneDNN kernels gave NaN outputs here; pinned to AVX2 they agree to ~4e-7 of the largest
 * output.
 */
class PinnedKernelsAccuracyTest {

    @Test
    void theShippedCameraNetworkMatchesItsFloat64Copy() {
        TorchThreads.pinCallingThread();
        try (CameraDetector detector = BundledCameraModel.load("cpu");
                Model wide = Model.newInstance("camera-float64", ai.djl.Device.cpu(), "PyTorch")) {
            DetectorConfig c = detector.config();
            Block block = CenterNetModel.build(c);
            wide.setBlock(block);
            List<Parameter> from = detector.model().getBlock().getParameters().values();
            List<Parameter> to = block.getParameters().values();
            assertThat(to).hasSameSizeAs(from);
            for (int i = 0; i < from.size(); i++) {
                NDArray a = from.get(i).getArray().toType(DataType.FLOAT64, true);
                a.attach(wide.getNDManager());
                to.get(i).setArray(a);
            }
            Shape in = new Shape(1, 3, c.inputHeightPx(), c.inputWidthPx());
            SplittableRandom random = new SplittableRandom(7);
            try (NDManager scope = detector.model().getNDManager().newSubManager()) {
                for (int trial = 0; trial < 3; trial++) {
                    float[] v = new float[Math.toIntExact(in.size())];
                    for (int i = 0; i < v.length; i++) {
                        v[i] = (float) random.nextGaussian();
                    }
                    NDArray x = scope.create(v, in);
                    double[] single = detector.model().getBlock().forward(new ParameterStore(scope, false),
                            new NDList(x), false).singletonOrThrow().toType(DataType.FLOAT64, true).toDoubleArray();
                    double[] dbl = block.forward(new ParameterStore(scope, false),
                            new NDList(x.toType(DataType.FLOAT64, true)), false).singletonOrThrow().toDoubleArray();
                    double maxErr = 0;
                    double maxOut = 0;
                    for (int i = 0; i < dbl.length; i++) {
                        assertThat(single[i]).as("output %d of trial %d", i, trial).isFinite();
                        maxErr = Math.max(maxErr, Math.abs(single[i] - dbl[i]));
                        maxOut = Math.max(maxOut, Math.abs(dbl[i]));
                    }
                    assertThat(maxErr / maxOut).as("trial %d, kernels %s", trial, CpuKernels.describe(System.getenv()))
                            .isLessThan(1e-5);
                }
            }
        }
    }
}
