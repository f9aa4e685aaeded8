package io.avstack.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriveLogWriterTest {

    @TempDir
    Path dir;

    @Test
    void recordsReachTheFileWhenTheFlushIntervalOfLogTimeHasPassed() throws IOException {
        Path path = dir.resolve("flush.avlog");
        try (DriveLogWriter w = DriveLogWriter.create(path, DriveLogMetadata.EMPTY,
                DriveLogOptions.DEFAULTS.withFlushIntervalNs(10))) {
            long headerBytes = Files.size(path);
            w.append(LogTestSupport.COMMAND, 100, LogTestSupport.command(0));
            w.append(LogTestSupport.COMMAND, 105, LogTestSupport.command(1));
            assertThat(w.flushedRecords()).isZero();
            assertThat(Files.size(path)).isEqualTo(headerBytes);
            assertThat(readWhileOpen(path)).isZero();

            w.append(LogTestSupport.COMMAND, 110, LogTestSupport.command(2)); // 10 ns after the first
            assertThat(w.flushedRecords()).isEqualTo(3);
            assertThat(Files.size(path)).isEqualTo(w.position());
            assertThat(readWhileOpen(path)).isEqualTo(3);

            w.append(LogTestSupport.COMMAND, 111, LogTestSupport.command(3));
            assertThat(w.flushedRecords()).isEqualTo(3);
            w.flush();
            assertThat(w.flushedRecords()).isEqualTo(4);
            assertThat(readWhileOpen(path)).isEqualTo(4);
        }
        assertThatThrownBy(() -> DriveLogWriter.create(path, DriveLogMetadata.EMPTY).close())
                .isInstanceOf(IOException.class);
    }

    @Test
    void appendAfterCloseIsAnError() throws IOException {
        DriveLogWriter w = DriveLogWriter.create(dir.resolve("closed.avlog"), DriveLogMetadata.EMPTY);
        w.close();
        w.close(); // idempotent
        assertThatThrownBy(() -> w.append(LogTestSupport.COMMAND, 1, LogTestSupport.command(1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void optionsRejectNonsense() {
        assertThatThrownBy(() -> new DriveLogOptions(8, 0, 1, 1)).hasMessageContaining("bufferBytes");
        assertThatThrownBy(() -> DriveLogOptions.DEFAULTS.withFlushIntervalNs(-1)).hasMessageContaining("flushIntervalNs");
        assertThatThrownBy(() -> DriveLogOptions.DEFAULTS.withIndexEvery(0, 1)).hasMessageContaining("indexEveryRecords");
    }

    /** Records a reader finds in a log that is still being written: it ends at the last flushed frame. */
    private static long readWhileOpen(Path path) throws IOException {
        try (DriveLogReader reader = DriveLogReader.open(path)) {
            long n = LogTestSupport.readAll(reader).size();
            assertThat(reader.tail().kind()).isEqualTo(DriveLogTail.Kind.END_OF_FILE);
            return n;
        }
    }
}
