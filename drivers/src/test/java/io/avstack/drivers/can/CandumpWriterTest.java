package io.avstack.drivers.can;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CandumpWriterTest {

    @Test
    void linesFollowCandumpsLogFormat() {
        assertThat(CandumpWriter.line(new CanFrame(1_700_000_000_123_456_789L, 0x60B, false,
                new byte[] {1, 2, (byte) 0xAB, 0x0F}), "can0")).isEqualTo("(1700000000.123456) can0 60B#0102AB0F");
        assertThat(CandumpWriter.line(new CanFrame(2_000_001_000L, 0x1ABCDEF0, true, new byte[] {(byte) 0xFF}), "vcan1"))
                .isEqualTo("(2.000001) vcan1 1ABCDEF0#FF");
        assertThat(CandumpWriter.line(new CanFrame(0, 0x7, false, new byte[0]), "can0")).isEqualTo("(0.000000) can0 007#");
    }

    @Test
    void badTimesAndInterfaceNamesAreRejected() {
        CanFrame f = new CanFrame(-1, 1, false, new byte[0]);
        assertThatThrownBy(() -> CandumpWriter.line(f, "can0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> CandumpWriter.line(new CanFrame(0, 1, false, new byte[0]), "can 0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("can 0");
    }

    @Test
    void aWrittenLogReplaysToTheSameFrames(@TempDir Path dir) throws IOException {
        List<CanFrame> frames = List.of(new CanFrame(1_767_229_198_000_001_000L, 0x60A, false, new byte[] {2, 0, 1, 0x10}),
                new CanFrame(1_767_229_198_250_000_000L, 0x18FEF100, true, new byte[] {1, 2, 3, 4, 5, 6, 7, 8}),
                new CanFrame(1_767_229_199_000_000_000L, 0x0B4, false, new byte[0]));
        Path log = dir.resolve("bus.log");
        try (CandumpWriter w = CandumpWriter.create(log, "can0")) {
            for (CanFrame f : frames) {
                w.write(f);
            }
            assertThat(w.frames()).isEqualTo(3);
        }
        List<CanFrame> back = new ArrayList<>();
        CanFrameSource.Summary s = CandumpSource.replay(log, back::add);
        assertThat(s.malformed()).isZero();
        assertThat(back).isEqualTo(frames);
        assertThatThrownBy(() -> CandumpWriter.create(log, "can0")).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readAllLines(log)).hasSize(3);
    }
}
