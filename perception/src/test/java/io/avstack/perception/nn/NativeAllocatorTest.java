package io.avstack.perception.nn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NativeAllocatorTest {

    @Test
    void tunedNeedsBothThresholds() {
        assertThat(NativeAllocator.tuned(Map.of())).isFalse();
        assertThat(NativeAllocator.tuned(Map.of(NativeAllocator.MMAP_THRESHOLD, "33554432"))).isFalse();
        assertThat(NativeAllocator.tuned(Map.of(NativeAllocator.TRIM_THRESHOLD, "1073741824"))).isFalse();
        assertThat(NativeAllocator.tuned(Map.of(NativeAllocator.MMAP_THRESHOLD, "33554432",
                NativeAllocator.TRIM_THRESHOLD, "1073741824"))).isTrue();
    }

    /** The build runs the tests with the launcher's values (pom.xml, surefire's environment). */
    @Test
    void theTestsRunWithTheTunedAllocator() {
        assertThat(System.getenv(NativeAllocator.MMAP_THRESHOLD))
                .isEqualTo(Long.toString(NativeAllocator.MMAP_THRESHOLD_BYTES));
        assertThat(System.getenv(NativeAllocator.TRIM_THRESHOLD))
                .isEqualTo(Long.toString(NativeAllocator.TRIM_THRESHOLD_BYTES));
    }

    /** The launcher exports both, with the documented values, unless the caller set them. */
    @Test
    void theLauncherSetsBoth() throws IOException {
        String launcher = Files.readString(Path.of("..", "avstack"));
        assertThat(launcher)
                .contains("export " + NativeAllocator.MMAP_THRESHOLD + "=\"${" + NativeAllocator.MMAP_THRESHOLD + ":-"
                        + NativeAllocator.MMAP_THRESHOLD_BYTES + "}\"")
                .contains("export " + NativeAllocator.TRIM_THRESHOLD + "=\"${" + NativeAllocator.TRIM_THRESHOLD + ":-"
                        + NativeAllocator.TRIM_THRESHOLD_BYTES + "}\"");
    }
}
