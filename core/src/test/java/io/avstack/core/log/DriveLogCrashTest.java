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
import com.google.protobuf.ByteString;
import com.google.protobuf.UnknownFieldSet;
import io.avstack.core.proto.DriveLogEntry;
import io.avstack.core.proto.DriveLogHeader;
import io.avstack.core.proto.DriveLogRecord;
import io.avstack.core.proto.DriveLogTopic;
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
    void inconsistentEntriesStopTheReaderWithTheirReason() throws IOException {
        DriveLogEntry header = DriveLogEntry.newBuilder()
                .setHeader(DriveLogHeader.newBuilder().setFormatVersion(Frames.FORMAT_VERSION)).build();
        DriveLogEntry topic = DriveLogEntry.newBuilder().setTopic(DriveLogTopic.newBuilder()
                .setId(1).setName(LogTestSupport.COMMAND).setMessageType("ControlCommand")).build();
        DriveLogEntry atTen = record(1, 10);
        assertStopsWith(List.of(header, topic, atTen, record(2, 11)), 1, "undefined topic id 2");
        assertStopsWith(List.of(header, topic, atTen, record(1, 9)), 1, "log time 9 before the previous record's 10");
        assertStopsWith(List.of(header, topic, atTen, header), 1, "a second header");
    }

    @Test
    void anEntryOfAKindFromANewerWriterIsSkipped() throws IOException {
        DriveLogEntry future = DriveLogEntry.newBuilder().setUnknownFields(UnknownFieldSet.newBuilder()
                .addField(99, UnknownFieldSet.Field.newBuilder().addVarint(7).build()).build()).build();
        assertThat(future.getEntryCase()).isEqualTo(DriveLogEntry.EntryCase.ENTRY_NOT_SET);
        Path path = dir.resolve("future-entry.avlog");
        try (DriveLogWriter w = DriveLogWriter.create(path, DriveLogMetadata.EMPTY)) {
            w.append(LogTestSupport.COMMAND, 1, LogTestSupport.command(1));
        }
        // Insert the unknown entry's frame in front of the footer (the trailer then points nowhere
        // valid, so the reader scans and must pass over the unknown entry).
        byte[] bytes = Files.readAllBytes(path);
        long footerOffset = ByteBuffer.wrap(bytes, bytes.length - Frames.TRAILER_BYTES, 8)
                .order(ByteOrder.LITTLE_ENDIAN).getLong();
        byte[] payload = future.toByteArray();
        ByteBuffer frame = ByteBuffer.allocate(Frames.PREFIX_BYTES + payload.length);
        Frames.putPrefix(frame, payload.length, Frames.crc32c(payload, 0, payload.length));
        frame.put(payload);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(bytes, 0, (int) footerOffset);
        out.write(frame.array());
        out.write(bytes, (int) footerOffset, bytes.length - (int) footerOffset);
        Files.write(path, out.toByteArray());
        try (DriveLogReader reader = DriveLogReader.open(path)) {
            assertThat(reader.footer()).isEmpty();
            assertThat(LogTestSupport.readAll(reader)).hasSize(1);
            assertThat(reader.tail().kind()).isEqualTo(DriveLogTail.Kind.CLEAN);
        }
    }

    private static DriveLogEntry record(int topicId, long timeNs) {
        return DriveLogEntry.newBuilder().setRecord(DriveLogRecord.newBuilder().setTopicId(topicId)
                .setLogTimeNs(timeNs).setEnvelope(ByteString.copyFrom(
                        io.avstack.core.codec.ProtoCodec.INSTANCE.encode(LogTestSupport.command(1))))).build();
    }

    /** Index of the inconsistent entry in each hand-made log. */
    private static final int BAD_ENTRY = 3;

    private void assertStopsWith(List<DriveLogEntry> entries, int goodRecords, String reason) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.write(Frames.MAGIC);
        long badOffset = 0;
        for (int i = 0; i < entries.size(); i++) {
            byte[] payload = entries.get(i).toByteArray();
            ByteBuffer prefix = ByteBuffer.allocate(Frames.PREFIX_BYTES);
            Frames.putPrefix(prefix, payload.length, Frames.crc32c(payload, 0, payload.length));
            if (i == BAD_ENTRY) {
                badOffset = out.size();
            }
            out.write(prefix.array());
            out.write(payload);
        }
        Path path = dir.resolve("handmade.avlog");
        Files.write(path, out.toByteArray());
        try (DriveLogReader reader = DriveLogReader.open(path)) {
            assertThat(LogTestSupport.readAll(reader)).hasSize(goodRecords);
            assertThat(reader.tail().kind()).isEqualTo(DriveLogTail.Kind.CORRUPT);
            assertThat(reader.tail().reason()).contains(reason);
            assertThat(reader.tail().offset()).isEqualTo(badOffset);
            assertThat(reader.tail().ignoredBytes()).isEqualTo(out.size() - badOffset);
        }
        Files.delete(path);
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
