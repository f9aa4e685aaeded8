package io.avstack.perception.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import io.avstack.core.geom.Extrinsics;
import io.avstack.perception.camera.BundledCameraModel;
import io.avstack.perception.camera.CameraDetector;
import io.avstack.perception.camera.CenterNetModel;
import io.avstack.perception.lidar.BevCenterNetModel;
import io.avstack.perception.lidar.BundledLidarModel;
import io.avstack.perception.lidar.LidarDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The shipped camera and lidar networks, exactly as the stack runs them (BatchNorm folded, widths
 * padded for the kernels), on the kernels the {@code avstack} launcher gives inference, against the
 * same networks in float64 (whose convolutions do not go through oneDNN). Run by the perception
 * module's {@code inference-kernels} surefire execution with {@code ONEDNN_MAX_CPU_ISA=AVX512_CORE};
 * on a CPU without AVX-512 oneDNN uses what it has. Unpadded, a 24-channel input gave 30-50 %
 * error with the AVX-512 kernels of the AMD EPYC kind (docs/DETERMINISM.md).
 */
class InferenceKernelsAccuracyTest {

    private static final double MAX_RELATIVE_ERROR = 1e-5;

    /** This class's surefire execution and the launcher give inference the same kernels. */
    @Test
    void theExecutionRunningThisTestCapsTheKernelsAsTheLauncherDoes() throws Exception {
        assertThat(Files.readString(Path.of("pom.xml"))).contains("<ONEDNN_MAX_CPU_ISA>AVX512_CORE</ONEDNN_MAX_CPU_ISA>");
        assertThat(Files.readString(Path.of("..", "avstack"))).contains("AVSTACK_ISA=AVX512_CORE ;;");
    }

    @Test
    void theShippedCameraNetworkMatchesItsFloat64Copy() {
        TorchThreads.pinCallingThread();
        try (CameraDetector detector = BundledCameraModel.load("cpu")) {
            var c = detector.config();
            assertWithinRounding(detector.model(), CenterNetModel.build(c, true),
                    new Shape(1, 3, c.inputHeightPx(), c.inputWidthPx()), false);
        }
    }

    @Test
    void theShippedLidarNetworkMatchesItsFloat64Copy() {
        TorchThreads.pinCallingThread();
        try (LidarDetector detector = BundledLidarModel.load(Extrinsics.IDENTITY, "cpu")) {
            var c = detector.config();
            assertWithinRounding(detector.model(), BevCenterNetModel.inferenceBlock(c), BevCenterNetModel.inputShape(c),
                    true);
        }
    }

    /** {@code model} against a float64 copy of it in {@code block}, on three random inputs of {@code in}. */
    private static void assertWithinRounding(Model model, Block block, Shape in, boolean nonNegativeInput) {
        try (Model wide = PinnedKernelsAccuracyTest.float64Copy(model, block, false);
             NDManager scope = model.getNDManager().newSubManager()) {
            SplittableRandom random = new SplittableRandom(7);
            for (int trial = 0; trial < 3; trial++) {
                float[] v = new float[Math.toIntExact(in.size())];
                for (int i = 0; i < v.length; i++) {
                    v[i] = nonNegativeInput ? (float) random.nextDouble() : (float) random.nextGaussian();
                }
                NDArray x = scope.create(v, in);
                double[] single = model.getBlock().forward(new ParameterStore(scope, false), new NDList(x), false)
                        .singletonOrThrow().toType(DataType.FLOAT64, true).toDoubleArray();
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
                        .isLessThan(MAX_RELATIVE_ERROR);
            }
        }
    }
}
