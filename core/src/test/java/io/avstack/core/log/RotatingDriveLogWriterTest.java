package io.avstack.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.codec.CodecException;
import io.avstack.core.time.ManualClock;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RotatingDriveLogWriterTest {

    private static final DriveLogMetadata META = new DriveLogMetadata("drive", 3, 0, Map.of("vehicle", "ego"));
    private static final DriveLogOptions OPTIONS = DriveLogOptions.DEFAULTS;

    @TempDir
    Path dir;

    private RotatingDriveLogWriter create(long maxFile, long maxTotal) throws IOException {
        return RotatingDriveLogWriter.create(dir, "front", META, OPTIONS, new DriveLogRotation(maxFile, maxTotal));
    }

    private static List<LogTestSupport.Input> inputs(int count) {
        List<LogTestSupport.Input> in = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            in.add(i % 4 == 3 ? new LogTestSupport.Input(LogTestSupport.STATUS, i * 1_000_000L, LogTestSupport.status(i))
                    : new LogTestSupport.Input(LogTestSupport.COMMAND, i * 1_000_000L, LogTestSupport.command(i)));
        }
        return in;
    }

    private static void appendAll(DriveLogSink w, List<LogTestSupport.Input> in) throws IOException {
        for (LogTestSupport.Input i : in) {
            w.append(i.topic(), i.logTimeNs(), i.message());
        }
    }

    /** Footer offset from the trailer of a cleanly closed file: where its last record ends. */
    private static long bodyEnd(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file)) {
            ByteBuffer trailer = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
            ch.read(trailer, ch.size() - 16);
            return trailer.getLong(0);
        }
    }

    private long seriesBytes() throws IOException {
        long total = 0;
        for (Path f : RotatingDriveLogWriter.files(dir, "front")) {
            total += Files.size(f);
        }
        return total;
    }

    @Test
    void rotatesOnTheFirstAppendPastTheFileLimit() throws IOException, CodecException {
        long maxFile = 4096;
        List<LogTestSupport.Input> in = inputs(600);
        try (RotatingDriveLogWriter w = create(maxFile, 1 << 30)) {
            appendAll(w, in);
            assertThat(w.recordCount()).isEqualTo(600);
        }
        List<Path> files = RotatingDriveLogWriter.files(dir, "front");
        assertThat(files).hasSizeGreaterThan(3);
        List<LoggedRecord> all = new ArrayList<>();
        for (int k = 0; k < files.size(); k++) {
            Path f = files.get(k);
            assertThat(f.getFileName().toString()).isEqualTo(RotatingDriveLogWriter.fileName("front", k + 1));
            try (DriveLogReader r = DriveLogReader.open(f)) {
                List<LoggedRecord> records = LogTestSupport.readAll(r);
                assertThat(r.tail().kind()).isEqualTo(DriveLogTail.Kind.CLEAN);
                assertThat(r.metadata().properties()).containsEntry("vehicle", "ego")
                        .containsEntry(RotatingDriveLogWriter.SERIES_PROPERTY, "front")
                        .containsEntry(RotatingDriveLogWriter.SEQUENCE_PROPERTY, Integer.toString(k + 1));
                assertThat(records).isNotEmpty();
                long lastRecordStart = records.get(records.size() - 1).offset();
                assertThat(lastRecordStart).as("file %d: its last record started under the limit", k + 1)
                        .isLessThan(maxFile);
                if (k < files.size() - 1) {
                    assertThat(bodyEnd(f)).as("file %d: closed only once past the limit", k + 1)
                            .isGreaterThanOrEqualTo(maxFile);
                }
                all.addAll(records);
            }
        }
        assertThat(all).hasSize(in.size());
        for (int i = 0; i < in.size(); i++) {
            assertThat(all.get(i).topic()).isEqualTo(in.get(i).topic());
            assertThat(all.get(i).logTimeNs()).isEqualTo(in.get(i).logTimeNs());
            assertThat(all.get(i).decode()).isEqualTo(in.get(i).message());
        }
    }

    @Test
    void deletesTheOldestFilesSoTheSeriesStaysUnderTheCap() throws IOException, CodecException {
        long maxFile = 2048;
        long maxTotal = 3 * maxFile;
        List<LogTestSupport.Input> in = inputs(2000);
        try (RotatingDriveLogWriter w = create(maxFile, maxTotal)) {
            for (LogTestSupport.Input i : in) {
                w.append(i.topic(), i.logTimeNs(), i.message());
                assertThat(seriesBytes()).isLessThanOrEqualTo(maxTotal);
            }
            assertThat(w.deletedFiles()).isPositive();
            assertThat(w.files()).isEqualTo(RotatingDriveLogWriter.files(dir, "front"));
        }
        assertThat(seriesBytes()).isLessThanOrEqualTo(maxTotal);
        // What is left is the newest files, contiguous, holding exactly the last records in order.
        List<Path> files = RotatingDriveLogWriter.files(dir, "front");
        assertThat(files.size()).isGreaterThanOrEqualTo(2);
        List<LoggedRecord> kept = new ArrayList<>();
        for (Path f : files) {
            try (DriveLogReader r = DriveLogReader.open(f)) {
                kept.addAll(LogTestSupport.readAll(r));
                assertThat(r.tail().kind()).isEqualTo(DriveLogTail.Kind.CLEAN);
            }
        }
        int first = in.size() - kept.size();
        for (int i = 0; i < kept.size(); i++) {
            assertThat(kept.get(i).decode()).isEqualTo(in.get(first + i).message());
        }
        String last = files.get(files.size() - 1).getFileName().toString();
        assertThat(files.get(0).getFileName().toString()).isLessThan(last); // names sort by sequence
    }

    @Test
    void aRestartContinuesTheNumberingAndCountsOldFilesAgainstTheCap() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "keep me");
        Files.writeString(dir.resolve("rear-000001.avlog"), "another series");
        try (RotatingDriveLogWriter w = create(2048, 1 << 20)) {
            appendAll(w, inputs(200));
        }
        int before = RotatingDriveLogWriter.files(dir, "front").size();
        try (RotatingDriveLogWriter w = create(2048, 4 * 2048)) {
            assertThat(w.path().getFileName().toString()).isEqualTo(RotatingDriveLogWriter.fileName("front", before + 1));
            assertThat(seriesBytes()).isLessThanOrEqualTo(4 * 2048);
            appendAll(w, inputs(10));
        }
        assertThat(dir.resolve("notes.txt")).hasContent("keep me");
        assertThat(dir.resolve("rear-000001.avlog")).hasContent("another series");
        assertThat(seriesBytes()).isLessThanOrEqualTo(4 * 2048);
    }

    @Test
    void closeFlushesSoEveryAppendedRecordIsReadable() throws IOException {
        // A large flush interval: nothing reaches the OS before close but what fills the buffer.
        DriveLogOptions lazy = OPTIONS.withFlushIntervalNs(Long.MAX_VALUE);
        RotatingDriveLogWriter w = RotatingDriveLogWriter.create(dir, "front", META, lazy,
                new DriveLogRotation(1 << 20, 1 << 22));
        appendAll(w, inputs(50));
        assertThat(w.flushedRecords()).isZero();
        w.flush();
        assertThat(w.flushedRecords()).isEqualTo(50);
        w.close();
        w.close(); // idempotent
        assertThat(LogTestSupport.readAll(RotatingDriveLogWriter.files(dir, "front").get(0))).hasSize(50);
        assertThatThrownBy(() -> w.append(LogTestSupport.COMMAND, 0, LogTestSupport.command(1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void recorderWritesThroughTheRotationAndCloseKeepsEveryRecordedMessage() throws IOException {
        ManualClock clock = new ManualClock();
        long recorded;
        try (InProcessBus bus = InProcessBus.synchronous(TopicRegistry.standard("ego"))) {
            DriveLogRecorder rec = DriveLogRecorder.start(bus, "avstack/#", create(2048, 1 << 20), clock);
            for (int i = 0; i < 300; i++) {
                clock.advanceNs(1_000_000);
                bus.publish(LogTestSupport.COMMAND, LogTestSupport.command(i));
            }
            rec.close();
            recorded = rec.recorded();
            assertThat(rec.writeErrors()).isZero();
        }
        long read = 0;
        for (Path f : RotatingDriveLogWriter.files(dir, "front")) {
            read += LogTestSupport.readAll(f).size();
        }
        assertThat(recorded).isEqualTo(300);
        assertThat(read).isEqualTo(recorded);
    }

    @Test
    void settingsAreValidatedWithTheValues() {
        assertThatThrownBy(() -> new DriveLogRotation(100, 1 << 20)).hasMessageContaining("maxFileBytes must be >= 1024, was 100");
        assertThatThrownBy(() -> new DriveLogRotation(4096, 6000))
                .hasMessageContaining("maxTotalBytes must be >= 2 x maxFileBytes (4096), was 6000");
        assertThatThrownBy(() -> RotatingDriveLogWriter.create(dir, "a/b", META, OPTIONS, new DriveLogRotation(4096, 8192)))
                .hasMessageContaining("series name").hasMessageContaining("'a/b'");
    }
}
