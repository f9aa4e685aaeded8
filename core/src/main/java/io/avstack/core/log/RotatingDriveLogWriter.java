package io.avstack.core.log;

import io.avstack.core.bus.RateLimitedLog;
import io.avstack.core.msg.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * A drive log as a series of files with bounded disk use: {@code <series>-000001.avlog},
 * {@code <series>-000002.avlog}, ... in one directory (names sort by sequence). Each file is a
 * complete drive log of its own ({@link DriveLogReader} reads any of them), with the caller's
 * metadata plus the properties {@code rotation.series} and {@code rotation.sequence}.
 *
 * <p>A file is closed cleanly (footer, fsync) and the next one created before the first append
 * after it reached {@link DriveLogRotation#maxFileBytes()}; after every append and on close, the
 * oldest files of the series are deleted while the series is over
 * {@link DriveLogRotation#maxTotalBytes()} (the file being written is never deleted). Files of the
 * same series left by an earlier run count against the cap, and numbering continues after them.
 * Other files in the directory are never touched.
 *
 * <p>Single writer, like {@link DriveLogWriter}. After a failed rotation (e.g. disk full) the next
 * append tries to create the next file again.
 */
public final class RotatingDriveLogWriter implements DriveLogSink {

    public static final String EXTENSION = ".avlog";
    public static final String SERIES_PROPERTY = "rotation.series";
    public static final String SEQUENCE_PROPERTY = "rotation.sequence";
    private static final Pattern SERIES_NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    private record Finished(Path path, long bytes) {
    }

    private final Path directory;
    private final String series;
    private final Pattern fileName;
    private final DriveLogMetadata metadata;
    private final DriveLogOptions options;
    private final DriveLogRotation rotation;
    private final Deque<Finished> finished = new ArrayDeque<>();
    private final RateLimitedLog deleteErrors = new RateLimitedLog(LoggerFactory.getLogger(RotatingDriveLogWriter.class));
    private long finishedBytes;
    private long finishedRecords;
    private long nextSequence;
    private long deletedFiles;
    private DriveLogWriter current;
    private boolean closed;

    private RotatingDriveLogWriter(Path directory, String series, DriveLogMetadata metadata, DriveLogOptions options,
                                   DriveLogRotation rotation) {
        this.directory = directory;
        this.series = series;
        this.fileName = seriesPattern(series);
        this.metadata = metadata;
        this.options = options;
        this.rotation = rotation;
    }

    /**
     * Starts a series in {@code directory} (created if missing) and creates its first file. Earlier
     * files of the same series are kept, counted against the cap (the oldest deleted now if over it)
     * and numbered after.
     *
     * @param series file name prefix: letters, digits, {@code . _ -}
     */
    public static RotatingDriveLogWriter create(Path directory, String series, DriveLogMetadata metadata,
                                                DriveLogOptions options, DriveLogRotation rotation) throws IOException {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(rotation, "rotation");
        if (series == null || !SERIES_NAME.matcher(series).matches()) {
            throw new IllegalArgumentException("drive log series name must be 1..100 of [A-Za-z0-9._-], was '" + series + "'");
        }
        Files.createDirectories(directory);
        RotatingDriveLogWriter w = new RotatingDriveLogWriter(directory, series, metadata, options, rotation);
        w.adoptExisting();
        w.startNextFile();
        w.enforceCap();
        return w;
    }

    /** The file name of sequence number {@code sequence} in {@code series}. */
    public static String fileName(String series, long sequence) {
        return String.format("%s-%06d%s", series, sequence, EXTENSION);
    }

    /** The series' files in {@code directory}, oldest first (by sequence number). */
    public static List<Path> files(Path directory, String series) throws IOException {
        return List.copyOf(filesBySequence(directory, seriesPattern(series)).values());
    }

    private static Pattern seriesPattern(String series) {
        return Pattern.compile(Pattern.quote(series) + "-(\\d{6,})" + Pattern.quote(EXTENSION));
    }

    private static TreeMap<Long, Path> filesBySequence(Path directory, Pattern p) throws IOException {
        TreeMap<Long, Path> bySequence = new TreeMap<>();
        if (!Files.isDirectory(directory)) {
            return bySequence;
        }
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path f : entries.toList()) {
                Matcher m = p.matcher(f.getFileName().toString());
                if (m.matches() && Files.isRegularFile(f)) {
                    bySequence.put(Long.parseLong(m.group(1)), f);
                }
            }
        }
        return bySequence;
    }

    private void adoptExisting() throws IOException {
        TreeMap<Long, Path> existing = filesBySequence(directory, fileName);
        for (Map.Entry<Long, Path> e : existing.entrySet()) {
            long bytes = Files.size(e.getValue());
            finished.addLast(new Finished(e.getValue(), bytes));
            finishedBytes += bytes;
        }
        nextSequence = existing.isEmpty() ? 1 : existing.lastKey() + 1;
    }

    @Override
    public long append(String topic, long logTimeNs, Message message) throws IOException {
        requireOpen();
        if (current == null || current.position() >= rotation.maxFileBytes()) {
            rotate();
        }
        long offset = current.append(topic, logTimeNs, message);
        enforceCap();
        return offset;
    }

    private void rotate() throws IOException {
        if (current != null) {
            finishCurrent();
        }
        startNextFile();
    }

    /** Closes the current file and moves it to the finished list, whatever the close did. */
    private void finishCurrent() throws IOException {
        DriveLogWriter w = current;
        current = null;
        finishedRecords += w.recordCount();
        try {
            w.close();
        } finally {
            long bytes = Files.exists(w.path()) ? Files.size(w.path()) : 0;
            finished.addLast(new Finished(w.path(), bytes));
            finishedBytes += bytes;
        }
    }

    private void startNextFile() throws IOException {
        long sequence = nextSequence;
        Map<String, String> properties = new TreeMap<>(metadata.properties());
        properties.put(SERIES_PROPERTY, series);
        properties.put(SEQUENCE_PROPERTY, Long.toString(sequence));
        DriveLogMetadata m = new DriveLogMetadata(metadata.scenario(), metadata.seed(), metadata.startTimeNs(), properties);
        current = DriveLogWriter.create(directory.resolve(fileName(series, sequence)), m, options);
        nextSequence = sequence + 1; // only once created: a failed create is retried with the same name
    }

    /** Deletes the oldest finished files while the series is over the cap. */
    private void enforceCap() {
        trim(current == null ? 0 : current.position(), 0);
    }

    /**
     * Deletes the oldest finished files, keeping at least {@code keep}, while the series is over the
     * cap. A file that cannot be deleted stays first in line and is retried on the next append; the
     * failure is logged (rate-limited), not thrown, since the record just appended is already safe.
     */
    private void trim(long currentBytes, int keep) {
        while (finished.size() > keep && finishedBytes + currentBytes > rotation.maxTotalBytes()) {
            Finished oldest = finished.peekFirst();
            try {
                Files.deleteIfExists(oldest.path());
            } catch (IOException e) {
                deleteErrors.error("drive log series " + series + ": cannot delete " + oldest.path()
                        + " to stay under " + rotation.maxTotalBytes() + " bytes", e);
                return;
            }
            finished.removeFirst();
            finishedBytes -= oldest.bytes();
            deletedFiles++;
        }
    }

    @Override
    public void flush() throws IOException {
        requireOpen();
        if (current != null) {
            current.flush();
        }
    }

    @Override
    public long recordCount() {
        return finishedRecords + (current == null ? 0 : current.recordCount());
    }

    /** Records handed to the OS, all files together (finished files are fully on disk). */
    @Override
    public long flushedRecords() {
        return finishedRecords + (current == null ? 0 : current.flushedRecords());
    }

    /** The file being written, or the next one's name between a failed rotation and the next append. */
    @Override
    public Path path() {
        return current != null ? current.path() : directory.resolve(fileName(series, nextSequence));
    }

    /** The series' files still on disk, oldest first, the current one last. */
    public List<Path> files() {
        List<Path> out = new ArrayList<>(finished.size() + 1);
        finished.forEach(f -> out.add(f.path()));
        if (current != null) {
            out.add(current.path());
        }
        return out;
    }

    /** Old files that could not be deleted (each attempt counts). */
    public long deleteErrors() {
        return deleteErrors.occurrences();
    }

    /** Files deleted to keep under the cap since this writer started. */
    public long deletedFiles() {
        return deletedFiles;
    }

    /** Closes the current file (footer, fsync), then trims the series to the cap. Idempotent. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (current != null) {
            finishCurrent();
        }
        trim(0, 1); // the footer may have pushed the series over; the newest file is always kept
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("drive log series " + directory.resolve(series) + " is closed");
        }
    }
}
