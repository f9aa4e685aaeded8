package io.avstack.perception.nn;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.Model;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.convolutional.Conv2d;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KernelFingerprintTest {

    private static Model conv(int seed) {
        ai.djl.engine.Engine.getEngine("PyTorch").setRandomSeed(seed);
        Model m = Model.newInstance("fp", ai.djl.Device.cpu(), "PyTorch");
        Block b = Conv2d.builder().setKernelShape(new Shape(3, 3)).optPadding(new Shape(1, 1)).setFilters(4).build();
        m.setBlock(b);
        b.initialize(m.getNDManager(), DataType.FLOAT32, new Shape(1, 3, 16, 16));
        return m;
    }

    @Test
    void theSameNetworkGivesTheSameFingerprintAndAnotherNetworkAnother() {
        try (Model a = conv(1); Model b = conv(2)) {
            Shape in = new Shape(1, 3, 16, 16);
            String fa = KernelFingerprint.of(a, in);
            assertThat(fa).hasSize(16).matches("[0-9a-f]+");
            assertThat(KernelFingerprint.of(a, in)).isEqualTo(fa);
            assertThat(KernelFingerprint.of(b, in)).isNotEqualTo(fa);
            assertThat(KernelFingerprint.of(a, new Shape(1, 3, 8, 16))).isNotEqualTo(fa);
            // the input is laid out as the caller says: the same values as a planar array give the same
            // hash, the values read as [H, W, 3] and viewed as [1, 3, H, W] another
            assertThat(KernelFingerprint.of(a, in, (manager, v) -> manager.create(v, in))).isEqualTo(fa);
            assertThat(KernelFingerprint.of(a, in, (manager, v) -> manager.create(v, new Shape(1, 16, 16, 3))
                    .transpose(0, 3, 1, 2))).isNotEqualTo(fa);
        }
    }

    @Test
    void combiningIsOrderSensitiveAndOfTheSameForm() {
        String ab = KernelFingerprint.combine("0123456789abcdef", "fedcba9876543210");
        assertThat(ab).hasSize(16).isEqualTo(KernelFingerprint.combine("0123456789abcdef", "fedcba9876543210"))
                .isNotEqualTo(KernelFingerprint.combine("fedcba9876543210", "0123456789abcdef"));
    }

    @Test
    void kernelsArePinnedOnlyWhenBothCapsAreSet() {
        assertThat(CpuKernels.pinned(Map.of(CpuKernels.ONEDNN_ISA, "AVX2", CpuKernels.ATEN_CAPABILITY, "avx2"))).isTrue();
        assertThat(CpuKernels.pinned(Map.of(CpuKernels.ONEDNN_ISA, "AVX2"))).isFalse();
        assertThat(CpuKernels.describe(Map.of(CpuKernels.ONEDNN_ISA, "AVX2"))).isEqualTo("oneDNN<=AVX2 ATen<=unpinned");
    }

    @Test
    void theTestJvmRunsWithPinnedKernelsAsTheLauncherDoes() {
        // set by the surefire configuration (pom.xml), as ./avstack sets it: the numbers every
        // detector test and replay reference checks are those of capped kernels (SSE4.1 in the tests)
        assertThat(CpuKernels.pinned(System.getenv())).as(CpuKernels.describe(System.getenv())).isTrue();
    }
}
