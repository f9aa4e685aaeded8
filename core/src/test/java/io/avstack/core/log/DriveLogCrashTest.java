package io.avstack.core.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import io.avstack.core.proto.DriveLogEntry;
import io.avstack.core.proto.DriveLogHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader makes of torn, corrupt and foreign files. */
class DriveLogCrashTest {

    @TempDir
    Path dir;

    private final List<LogTestSupport.Input> inputs = LogTestSupport.smallLog(7);

    @Test
    void truncatedAtEveryByteReadsExactlyTheCompleteRecordsBeforeTheCut() throws IOException {
        Path full = dir.resolve("full.avlog");
        long[] ends = LogTestSupport.write(full, inputs, DriveLogOptions.DEFAULTS);
        byte[] bytes = Files.readAllBytes(full);
        List<LoggedRecord> all = LogTestSupport.readAll(full);
        long dataStart = all.get(0).offset() - topicFrameBytes(bytes, all.get(0).offset());
        long footerOffset = ends[ends.length - 1];

        for (int cut = 0; cut <= bytes.length; cut++) {
            Path torn = dir.resolve("torn-" + cut + ".avlog");
            Files.write(torn, Arrays.copyOf(bytes, cut));
            if (cut < dataStart) {
                assertThatThrownBy(() -> DriveLogReader.open(torn)).as("cut at %d", cut)
                        .isInstanceOf(DriveLogFormatException.class);
                Files.delete(torn);
                continue;
            }
            int complete = 0;
            while (complete < ends.length && ends[complete] <= cut) {
                complete++;
            }
            try (DriveLogReader reader = DriveLogReader.open(torn)) {
                List<LoggedRecord> read = LogTestSupport.readAll(reader);
                assertThat(read).as("cut at %d", cut).isEqualTo(all.subList(0, complete));
                DriveLogTail tail = reader.tail();
                long lastFrameEnd = frameEndAtOrBefore(bytes, dataStart, cut);
                if (cut >= footerOffset && lastFrameEnd > footerOffset) {
                    assertThat(tail.kind()).as("cut at %d", cut).isEqualTo(DriveLogTail.Kind.CLEAN);
                } else if (lastFrameEnd == cut) {
                    assertThat(tail.kind()).as("cut at %d", cut).isEqualTo(DriveLogTail.Kind.END_OF_FILE);
                } else {
                    assertThat(tail.kind()).as("cut at %d", cut).isEqualTo(DriveLogTail.Kind.TRUNCATED);
                    assertThat(tail.offset()).isEqualTo(lastFrameEnd);
                    assertThat(tail.ignoredBytes()).isEqualTo(cut - lastFrameEnd);
                }
            }
            Files.delete(torn);
        }
    }

    @Test
    void corruptPayloadByteStopsAtThatRecordWithACrcReason() throws IOException {
        Path path = dir.resolve("log.avlog");
        LogTestSupport.write(path, inputs, DriveLogOptions.DEFAULTS);
        List<LoggedRecord> all = LogTestSupport.readAll(path);
        LoggedRecord victim = all.get(4);
        byte[] bytes = Files.readAllBytes(path);
        bytes[(int) victim.offset() + Frames.PREFIX_BYTES + 3] ^= 0x40;
        Files.write(path, bytes);

        try (DriveLogReader reader = DriveLogReader.open(path)) {
            assertThat(LogTestSupport.readAll(reader)).isEqualTo(all.subList(0, 4));
            DriveLogTail tail = reader.tail();
            assertThat(tail.kind()).isEqualTo(DriveLogTail.Kind.CORRUPT);
            assertThat(tail.offset()).isEqualTo(victim.offset());
            assertThat(tail.ignoredBytes()).isEqualTo(bytes.length - victim.offset());
            assertThat(tail.reason()).contains("CRC32C mismatch").contains("at byte " + victim.offset());
        }
    }

    @Test
    void corruptLengthFieldStopsAtThatRecord() throws IOException {
        Path path = dir.resolve("log.avlog");
        LogTestSupport.write(path, inputs, DriveLogOptions.DEFAULTS);
        List<LoggedRecord> all = LogTestSupport.readAll(path);
        byte[] original = Files.readAllBytes(path);
        for (int bit = 0; bit < 32; bit++) {
            byte[] bytes = original.clone();
            int at = (int) all.get(3).offset() + bit / 8;
            bytes[at] ^= (byte) (1 << (bit % 8));
            Files.write(path, bytes);
            try (DriveLogReader reader = DriveLogReader.open(path)) {
                assertThat(LogTestSupport.readAll(reader)).as("bit %d", bit).isEqualTo(all.subList(0, 3));
                assertThat(reader.tail().intact()).isFalse();
                assertThat(reader.tail().offset()).isEqualTo(all.get(3).offset());
            }
        }
    }

    @Test
    void zeroFilledTailIsCorruptNotEmptyRecords() throws IOException {
        Path path = dir.resolve("log.avlog");
        long[] ends = LogTestSupport.write(path, inputs, DriveLogOptions.DEFAULTS);
        byte[] bytes = Arrays.copyOf(Files.readAllBytes(path), (int) ends[ends.length - 1] + 64);
        Arrays.fill(bytes, (int) ends[ends.length - 1], bytes.length, (byte) 0);
        Files.write(path, bytes);
        try (DriveLogReader reader = DriveLogReader.open(path)) {
            assertThat(LogTestSupport.readAll(reader)).hasSize(inputs.size());
            assertThat(reader.tail().kind()).isEqualTo(DriveLogTail.Kind.CORRUPT);
            assertThat(reader.tail().reason()).contains("frame length 0");
            assertThat(reader.tail().ignoredBytes()).isEqualTo(64);
        }
    }

    @Test
    void badMagicThrowsWithFileAndOffset() throws IOException {
        Path path = dir.resolve("not-a-log.txt");
        Files.writeString(path, "hello, this is not a drive log");
        assertThatThrownBy(() -> DriveLogReader.open(path))
                .isInstanceOfSatisfying(DriveLogFormatException.class, e -> {
                    assertThat(e.file()).isEqualTo(path);
                    assertThat(e.offset()).isZero();
                    assertThat(e.getMessage()).contains(path.toString()).contains("bad magic");
                });
    }

    @Test
    void corruptHeaderThrowsAtTheHeaderOffset() throws IOException {
        Path path = dir.resolve("log.avlog");
        LogTestSupport.write(path, inputs, DriveLogOptions.DEFAULTS);
        byte[] bytes = Files.readAllBytes(path);
        bytes[Frames.MAGIC.length + Frames.PREFIX_BYTES + 1] ^= 1;
        Files.write(path, bytes);
        assertThatThrownBy(() -> DriveLogReader.open(path))
                .isInstanceOfSatisfying(DriveLogFormatException.class, e -> {
                    assertThat(e.offset()).isEqualTo(Frames.MAGIC.length);
                    assertThat(e.getMessage()).contains("CRC32C");
                });
    }

    @Test
    void unknownFormatVersionIsRejected() throws IOException {
        byte[] payload = DriveLogEntry.newBuilder()
                .setHeader(DriveLogHeader.newBuilder().setFormatVersion(99)).build().toByteArray();
        ByteBuffer file = ByteBuffer.allocate(Frames.MAGIC.length + Frames.PREFIX_BYTES + payload.length)
                .order(ByteOrder.LITTLE_ENDIAN);
        file.put(Frames.MAGIC);
        Frames.putPrefix(file, payload.length, Frames.crc32c(payload, 0, payload.length));
        file.put(payload);
        Path path = dir.resolve("future.avlog");
        Files.write(path, file.array());
        assertThatThrownBy(() -> DriveLogReader.open(path))
                .isInstanceOf(DriveLogFormatException.class).hasMessageContaining("unsupported format version 99");
    }

    @Test
    void writerRefusesToOverwriteAndToGoBackInTime() throws IOException {
        Path path = dir.resolve("log.avlog");
        try (DriveLogWriter w = DriveLogWriter.create(path, DriveLogMetadata.EMPTY)) {
            w.append(LogTestSupport.COMMAND, 100, LogTestSupport.command(1));
            assertThatThrownBy(() -> w.append(LogTestSupport.COMMAND, 99, LogTestSupport.command(2)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("99 < 100");
        }
        assertThatThrownBy(() -> DriveLogWriter.create(path, DriveLogMetadata.EMPTY))
                .isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        assertThat(LogTestSupport.readAll(path)).hasSize(1);
    }

    /** Length of the topic-definition frame preceding the first record (the first record's topic). */
    private static long topicFrameBytes(byte[] bytes, long firstRecordOffset) {
        long offset = Frames.MAGIC.length;
        long previous = offset;
        while (offset < firstRecordOffset) {
            previous = offset;
            offset += Frames.PREFIX_BYTES + lengthAt(bytes, offset);
        }
        return firstRecordOffset - previous;
    }

    /** End of the last complete frame at or before {@code cut}, walking frames from {@code start}. */
    private static long frameEndAtOrBefore(byte[] bytes, long start, long cut) {
        long offset = start;
        while (offset + Frames.PREFIX_BYTES <= bytes.length) {
            long end = offset + Frames.PREFIX_BYTES + lengthAt(bytes, offset);
            if (end > cut || end > bytes.length) {
                break;
            }
            offset = end;
        }
        return offset;
    }

    private static long lengthAt(byte[] bytes, long offset) {
        return Integer.toUnsignedLong(ByteBuffer.wrap(bytes, (int) offset, 4).order(ByteOrder.LITTLE_ENDIAN).getInt());
    }
}
