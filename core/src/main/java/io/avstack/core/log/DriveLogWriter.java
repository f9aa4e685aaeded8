package io.avstack.core.log;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.UnsafeByteOperations;
import io.avstack.core.codec.ProtoCodec;
import io.avstack.core.msg.Message;
import io.avstack.core.proto.DriveLogEntry;
import io.avstack.core.proto.DriveLogFooter;
import io.avstack.core.proto.DriveLogHeader;
import io.avstack.core.proto.DriveLogIndexEntry;
import io.avstack.core.proto.DriveLogProperty;
import io.avstack.core.proto.DriveLogRecord;
import io.avstack.core.proto.DriveLogTopic;
import io.avstack.core.proto.DriveLogTopicSummary;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Appends messages to a new drive log (format: {@code docs/DRIVELOG.md}). Single writer: one thread
 * owns an instance (the {@link DriveLogRecorder} serialises its callers). Records are buffered and
 * handed to the OS when {@link DriveLogOptions#flushIntervalNs()} of log time has passed, when the
 * buffer fills, or on {@link #flush()}; {@link #close()} writes the footer and trailer and fsyncs.
 *
 * <p>The file never contains wall-clock time: equal metadata, options and appends give equal bytes.
 *
 * <p>After an {@link IOException} (disk full, ...) the writer's buffer may hold a partial frame; close
 * it. The file stays readable up to its last complete frame, like a crashed log.
 */
public final class DriveLogWriter implements DriveLogSink {

    private final Path path;
    private final FileChannel channel;
    private final DriveLogOptions options;
    private final ByteBuffer buffer;
    private final Map<String, TopicState> topics = new HashMap<>();
    private final List<TopicState> topicOrder = new ArrayList<>();
    private final SeekIndex index;
    /** Bytes logically written (buffered included): the offset of the next frame. */
    private long position;
    private long recordCount;
    private long flushedRecords;
    private long firstLogTimeNs;
    private long lastLogTimeNs = Long.MIN_VALUE;
    private long lastFlushLogTimeNs = Long.MIN_VALUE;
    private boolean closed;

    private static final class TopicState {
        final DriveLogTopic def;
        long records;

        TopicState(DriveLogTopic def) {
            this.def = def;
        }
    }

    private DriveLogWriter(Path path, FileChannel channel, DriveLogOptions options) {
        this.path = path;
        this.channel = channel;
        this.options = options;
        this.buffer = ByteBuffer.allocate(options.bufferBytes());
        this.index = new SeekIndex(options.indexEveryRecords(), options.indexEveryNs());
    }

    /**
     * Creates {@code path} (which must not exist) and writes the magic and header.
     *
     * @throws java.nio.file.FileAlreadyExistsException if it exists: a log is never overwritten
     */
    public static DriveLogWriter create(Path path, DriveLogMetadata metadata, DriveLogOptions options)
            throws IOException {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(options, "options");
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        DriveLogWriter writer = new DriveLogWriter(path, channel, options);
        try {
            writer.writeRaw(Frames.MAGIC);
            writer.writeEntry(DriveLogEntry.newBuilder().setHeader(header(metadata)).build());
            writer.flush();
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        return writer;
    }

    public static DriveLogWriter create(Path path, DriveLogMetadata metadata) throws IOException {
        return create(path, metadata, DriveLogOptions.DEFAULTS);
    }

    private static DriveLogHeader header(DriveLogMetadata m) {
        DriveLogHeader.Builder b = DriveLogHeader.newBuilder().setFormatVersion(Frames.FORMAT_VERSION)
                .setScenario(m.scenario()).setSeed(m.seed()).setStartTimeNs(m.startTimeNs());
        m.properties().forEach((k, v) -> b.addProperties(DriveLogProperty.newBuilder().setKey(k).setValue(v)));
        return b.build();
    }

    /** Appends {@code message}, encoded with {@link ProtoCodec}. Returns the record's frame offset. */
    @Override
    public long append(String topic, long logTimeNs, Message message) throws IOException {
        Objects.requireNonNull(message, "message");
        return appendEncoded(topic, logTimeNs, message.getClass().getSimpleName(),
                ProtoCodec.INSTANCE.encode(message));
    }

    /**
     * Appends an already encoded envelope (e.g. copied from another log). {@code messageType} is the
     * Envelope payload type name stored in the topic table on the topic's first record.
     *
     * @throws IllegalArgumentException if {@code logTimeNs} is before the previous record's
     * @throws IllegalStateException    after {@link #close()}
     */
    public long appendEncoded(String topic, long logTimeNs, String messageType, byte[] envelope) throws IOException {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(envelope, "envelope");
        requireOpen();
        if (logTimeNs < lastLogTimeNs) {
            throw new IllegalArgumentException("log time must not go backwards in " + path + ": "
                    + logTimeNs + " < " + lastLogTimeNs + " (topic " + topic + ")");
        }
        TopicState state = topics.get(topic);
        if (state == null) {
            state = defineTopic(topic, messageType);
        }
        long offset = position;
        writeEntry(DriveLogEntry.newBuilder().setRecord(DriveLogRecord.newBuilder()
                .setTopicId(state.def.getId()).setLogTimeNs(logTimeNs)
                .setEnvelope(UnsafeByteOperations.unsafeWrap(envelope))).build());
        index.onRecord(logTimeNs, offset);
        state.records++;
        if (recordCount == 0) {
            firstLogTimeNs = logTimeNs;
            lastFlushLogTimeNs = logTimeNs;
        }
        recordCount++;
        lastLogTimeNs = logTimeNs;
        if (logTimeNs - lastFlushLogTimeNs >= options.flushIntervalNs()) {
            flush();
        }
        return offset;
    }

    private TopicState defineTopic(String topic, String messageType) throws IOException {
        DriveLogTopic def = DriveLogTopic.newBuilder().setId(topicOrder.size() + 1).setName(topic)
                .setMessageType(Objects.requireNonNull(messageType, "messageType")).build();
        writeEntry(DriveLogEntry.newBuilder().setTopic(def).build());
        TopicState state = new TopicState(def);
        topics.put(topic, state);
        topicOrder.add(state);
        return state;
    }

    /** Hands every buffered record to the OS (survives a process crash; see {@link #sync()}). */
    @Override
    public void flush() throws IOException {
        requireOpen();
        flushBuffer();
        lastFlushLogTimeNs = lastLogTimeNs;
    }

    /** Flushes and fsyncs: the records survive a power loss. */
    public void sync() throws IOException {
        flush();
        channel.force(true);
    }

    /** Records appended so far. */
    @Override
    public long recordCount() {
        return recordCount;
    }

    /** Records handed to the OS so far (a process crash loses none of these). */
    @Override
    public long flushedRecords() {
        return flushedRecords;
    }

    /** Bytes written so far, buffered ones included: the offset of the next frame. */
    public long position() {
        return position;
    }

    @Override
    public Path path() {
        return path;
    }

    /** Writes the footer (topic table, index) and trailer, fsyncs and closes. Idempotent. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            long footerOffset = position;
            writeEntry(DriveLogEntry.newBuilder().setFooter(footer()).build());
            writeRaw(Frames.trailer(footerOffset));
            sync();
        } finally {
            closed = true;
            channel.close();
        }
    }

    private DriveLogFooter footer() {
        DriveLogFooter.Builder b = DriveLogFooter.newBuilder().setRecordCount(recordCount);
        if (recordCount > 0) {
            b.setFirstLogTimeNs(firstLogTimeNs).setLastLogTimeNs(lastLogTimeNs);
        }
        for (TopicState t : topicOrder) {
            b.addTopics(DriveLogTopicSummary.newBuilder().setTopic(t.def).setRecordCount(t.records));
        }
        for (int i = 0; i < index.size(); i++) {
            b.addIndex(DriveLogIndexEntry.newBuilder().setLogTimeNs(index.timeNs(i)).setOffset(index.offset(i)));
        }
        return b.build();
    }

    /** Frames {@code entry}: serialised straight into the buffer when it fits, else written through. */
    private void writeEntry(DriveLogEntry entry) throws IOException {
        int size = entry.getSerializedSize();
        int frame = Frames.PREFIX_BYTES + size;
        if (frame > buffer.remaining()) {
            flushBuffer();
        }
        if (frame <= buffer.remaining()) {
            int start = buffer.position();
            ByteBuffer payload = buffer.duplicate().position(start + Frames.PREFIX_BYTES).limit(start + frame);
            CodedOutputStream out = CodedOutputStream.newInstance(payload);
            entry.writeTo(out);
            out.checkNoSpaceLeft();
            int crc = Frames.crc32c(buffer.duplicate().position(start + Frames.PREFIX_BYTES).limit(start + frame));
            Frames.putPrefix(buffer, size, crc);
            buffer.position(start + frame);
        } else {
            byte[] payload = entry.toByteArray();
            ByteBuffer prefix = ByteBuffer.allocate(Frames.PREFIX_BYTES);
            Frames.putPrefix(prefix, size, Frames.crc32c(payload, 0, size));
            writeFully(prefix.flip());
            writeFully(ByteBuffer.wrap(payload));
        }
        position += frame;
    }

    private void writeRaw(byte[] bytes) throws IOException {
        if (bytes.length > buffer.remaining()) {
            flushBuffer();
        }
        buffer.put(bytes);
        position += bytes.length;
    }

    /** Called only between records, so every record counted so far is then with the OS. */
    private void flushBuffer() throws IOException {
        buffer.flip();
        writeFully(buffer);
        buffer.clear();
        flushedRecords = recordCount;
    }

    private void writeFully(ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            channel.write(b);
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("drive log " + path + " is closed");
        }
    }
}
