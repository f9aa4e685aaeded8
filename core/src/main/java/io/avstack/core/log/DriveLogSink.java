package io.avstack.core.log;

import io.avstack.core.msg.Message;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Where a {@link DriveLogRecorder} writes: one file ({@link DriveLogWriter}) or a series of files
 * with bounded disk use ({@link RotatingDriveLogWriter}). Single writer, like the writer itself.
 */
public interface DriveLogSink extends AutoCloseable {

    /** Appends {@code message} logged at {@code logTimeNs} (non-decreasing); returns its frame offset in {@link #path()}. */
    long append(String topic, long logTimeNs, Message message) throws IOException;

    /** Hands every buffered record to the OS (survives a crash of the process). */
    void flush() throws IOException;

    /** Records appended so far. */
    long recordCount();

    /** Records handed to the OS so far. */
    long flushedRecords();

    /** The file records go to now. */
    Path path();

    /** Writes what is buffered, closes the file(s) cleanly (footer, fsync). Idempotent. */
    @Override
    void close() throws IOException;
}
