package io.avstack.core.log;

import com.google.protobuf.InvalidProtocolBufferException;
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
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a drive log record by record, in file order (which is non-decreasing log time). Not
 * thread-safe: one reader per thread.
 *
 * <p>A log written by a crashed process is read up to its last complete record: a truncated or
 * corrupt frame ends the iteration ({@link #next()} returns {@code null}) and {@link #tail()} says
 * where, why and how many bytes were ignored. There is no resynchronisation past a bad frame. Only a
 * bad magic or header throws ({@link DriveLogFormatException}, with file and offset).
 *
 * <p>{@link #seek(long)} uses the footer's index; a log without one (crashed) is scanned once to
 * build the same index.
 */
public final class DriveLogReader implements AutoCloseable {

    private final Path path;
    private final FileChannel channel;
    private final long dataStart;
    private final DriveLogMetadata metadata;
    private final FrameCursor cursor;
    /** Topic ids to names: from the footer, else learned as topic entries are read. */
    private final Map<Integer, DriveLogTopic> topics = new HashMap<>();
    private final DriveLogFooter footer;
    private SeekIndex index;
    private Set<String> topicFilter;
    private long skipBeforeNs = Long.MIN_VALUE;
    private long lastLogTimeNs = Long.MIN_VALUE;
    private DriveLogTail tail = DriveLogTail.NOT_REACHED_YET;

    private DriveLogReader(Path path, FileChannel channel) throws IOException {
        this.path = path;
        this.channel = channel;
        long size = channel.size();
        requireMagic(size);
        this.cursor = new FrameCursor(channel, Frames.MAGIC.length, size);
        this.metadata = readHeader();
        this.dataStart = cursor.offset();
        this.footer = FooterLocator.find(channel, size, dataStart);
        if (footer != null) {
            index = new SeekIndex(1, 1);
            for (DriveLogIndexEntry e : footer.getIndexList()) {
                index.add(e.getLogTimeNs(), e.getOffset());
            }
            for (DriveLogTopicSummary t : footer.getTopicsList()) {
                topics.put(t.getTopic().getId(), t.getTopic());
            }
        }
    }

    /** Opens {@code path} and reads its header. */
    public static DriveLogReader open(Path path) throws IOException {
        FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
        try {
            return new DriveLogReader(path, channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private void requireMagic(long size) throws IOException {
        ByteBuffer magic = ByteBuffer.allocate(Frames.MAGIC.length);
        if (size >= Frames.MAGIC.length) {
            channel.read(magic, 0);
        }
        if (size < Frames.MAGIC.length || !Arrays.equals(magic.array(), Frames.MAGIC)) {
            throw new DriveLogFormatException(path, 0, "not a drive log: bad magic (file of " + size + " bytes)");
        }
    }

    private DriveLogMetadata readHeader() throws IOException {
        byte[] payload = cursor.next();
        if (payload == null) {
            throw new DriveLogFormatException(path, cursor.stop().offset(), "bad header frame: " + cursor.stop().reason());
        }
        DriveLogEntry entry = parse(payload);
        if (entry == null || !entry.hasHeader()) {
            throw new DriveLogFormatException(path, Frames.MAGIC.length, "first frame is not a header");
        }
        DriveLogHeader h = entry.getHeader();
        if (h.getFormatVersion() != Frames.FORMAT_VERSION) {
            throw new DriveLogFormatException(path, Frames.MAGIC.length, "unsupported format version "
                    + h.getFormatVersion() + " (this reader knows " + Frames.FORMAT_VERSION + ")");
        }
        Map<String, String> props = new LinkedHashMap<>();
        for (DriveLogProperty p : h.getPropertiesList()) {
            props.put(p.getKey(), p.getValue());
        }
        return new DriveLogMetadata(h.getScenario(), h.getSeed(), h.getStartTimeNs(), props);
    }

    public Path path() {
        return path;
    }

    public DriveLogMetadata metadata() {
        return metadata;
    }

    /** The footer of a cleanly closed log; empty for a crashed one. */
    public Optional<DriveLogFooter> footer() {
        return Optional.ofNullable(footer);
    }

    /** From now on return only records on these topics; {@code null} or empty: all topics. */
    public void filterTopics(Collection<String> topicNames) {
        topicFilter = topicNames == null || topicNames.isEmpty() ? null : new HashSet<>(topicNames);
    }

    /**
     * Positions the reader so that {@link #next()} returns the first record with log time
     * {@code >= timeNs} (and passing the topic filter).
     */
    public void seek(long timeNs) throws IOException {
        if (index == null) {
            index = scanIndex();
        }
        cursor.seek(index.startOffset(timeNs, dataStart));
        tail = DriveLogTail.NOT_REACHED_YET;
        skipBeforeNs = timeNs;
        lastLogTimeNs = Long.MIN_VALUE;
    }

    /** Builds the seek index of a log without a footer by reading it to its end. */
    private SeekIndex scanIndex() throws IOException {
        SeekIndex built = new SeekIndex(DriveLogOptions.DEFAULTS.indexEveryRecords(), DriveLogOptions.DEFAULTS.indexEveryNs());
        Set<String> filter = topicFilter;
        topicFilter = null;
        cursor.seek(dataStart);
        skipBeforeNs = Long.MIN_VALUE;
        lastLogTimeNs = Long.MIN_VALUE;
        tail = DriveLogTail.NOT_REACHED_YET;
        for (LoggedRecord r = next(); r != null; r = next()) {
            built.onRecord(r.logTimeNs(), r.offset());
        }
        topicFilter = filter;
        return built;
    }

    /** The next record, or {@code null} at the end of the readable log (then see {@link #tail()}). */
    public LoggedRecord next() throws IOException {
        while (tail.kind() == DriveLogTail.Kind.NOT_REACHED) {
            byte[] payload = cursor.next();
            if (payload == null) {
                tail = cursor.stop();
                return null;
            }
            DriveLogEntry entry = parse(payload);
            if (entry == null) {
                return reject("unparseable entry (" + payload.length + " bytes)");
            }
            switch (entry.getEntryCase()) {
                case TOPIC -> topics.put(entry.getTopic().getId(), entry.getTopic());
                case RECORD -> {
                    DriveLogRecord rec = entry.getRecord();
                    DriveLogTopic topic = checkRecord(rec);
                    if (topic == null) {
                        return null;
                    }
                    if (rec.getLogTimeNs() >= skipBeforeNs
                            && (topicFilter == null || topicFilter.contains(topic.getName()))) {
                        // Only records returned pay for copying the envelope out of the payload.
                        return new LoggedRecord(topic.getName(), rec.getLogTimeNs(), cursor.frameOffset(),
                                rec.getEnvelope().toByteArray());
                    }
                }
                case FOOTER -> tail = new DriveLogTail(DriveLogTail.Kind.CLEAN, cursor.frameOffset(), 0,
                        "at byte " + cursor.frameOffset() + ": footer of a cleanly closed log");
                case HEADER -> {
                    return reject("a second header");
                }
                case ENTRY_NOT_SET -> {
                    // A kind of entry added by a newer writer (an empty frame was rejected as corrupt
                    // by the cursor): skip it, as protobuf skips unknown fields.
                }
            }
        }
        return null;
    }

    /** The record's topic, or {@code null} (and the reader stopped) if the record is inconsistent. */
    private DriveLogTopic checkRecord(DriveLogRecord rec) {
        DriveLogTopic topic = topics.get(rec.getTopicId());
        if (topic == null) {
            reject("record refers to undefined topic id " + rec.getTopicId());
            return null;
        }
        if (rec.getLogTimeNs() < lastLogTimeNs) {
            reject("log time " + rec.getLogTimeNs() + " before the previous record's " + lastLogTimeNs);
            return null;
        }
        lastLogTimeNs = rec.getLogTimeNs();
        return topic;
    }

    private LoggedRecord reject(String reason) {
        cursor.rejectLast(DriveLogTail.Kind.CORRUPT, reason);
        tail = cursor.stop();
        return null;
    }

    /** How reading ended; {@link DriveLogTail.Kind#NOT_REACHED} until {@link #next()} has returned null. */
    public DriveLogTail tail() {
        return tail;
    }

    private static DriveLogEntry parse(byte[] payload) {
        try {
            return DriveLogEntry.parseFrom(payload);
        } catch (InvalidProtocolBufferException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /** Finds and checks the footer through the trailer; any inconsistency means "no footer". */
    private static final class FooterLocator {
        static DriveLogFooter find(FileChannel channel, long size, long dataStart) throws IOException {
            long trailerStart = size - Frames.TRAILER_BYTES;
            if (trailerStart < dataStart + Frames.PREFIX_BYTES) {
                return null;
            }
            ByteBuffer trailer = ByteBuffer.allocate(Frames.TRAILER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(trailer, trailerStart);
            byte[] end = Arrays.copyOfRange(trailer.array(), 8, Frames.TRAILER_BYTES);
            long footerOffset = trailer.getLong(0);
            if (!Arrays.equals(end, Frames.END_MAGIC) || footerOffset < dataStart
                    || footerOffset > trailerStart - Frames.PREFIX_BYTES) {
                return null;
            }
            FrameCursor c = new FrameCursor(channel, footerOffset, trailerStart);
            byte[] payload = c.next();
            DriveLogEntry entry = payload == null || c.offset() != trailerStart ? null : parse(payload);
            return entry != null && entry.hasFooter() ? entry.getFooter() : null;
        }
    }
}
