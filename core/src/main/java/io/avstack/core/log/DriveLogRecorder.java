package io.avstack.core.log;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.RateLimitedLog;
import io.avstack.core.bus.SubscribeOptions;
import io.avstack.core.bus.Subscription;
import io.avstack.core.msg.Message;
import io.avstack.core.time.Clock;
import java.io.IOException;
import java.util.Objects;
import org.slf4j.LoggerFactory;

/**
 * Records every message a bus carries on matching topics into a {@link DriveLogSink} (one
 * {@link DriveLogWriter} file, or a {@link RotatingDriveLogWriter} series), stamped with
 * the injected clock. Just another subscriber: on a synchronous bus it writes in-line on the
 * publisher's thread (deterministic), on an asynchronous one on its own delivery thread behind a
 * queue of {@code queueCapacity} messages per topic; what that queue drops is {@link #dropped()}.
 *
 * <p>It owns the writer: {@link #close()} unsubscribes, then closes the log (footer, fsync). A
 * failed write is counted and logged (rate-limited), never thrown into the bus.
 */
public final class DriveLogRecorder implements AutoCloseable {

    /** Default per-topic queue on an asynchronous bus: about 30 s of a 30 Hz sensor. */
    public static final int DEFAULT_QUEUE_CAPACITY = 1024;

    private final DriveLogSink writer;
    private final Clock clock;
    private final Object lock = new Object();
    private final RateLimitedLog errors = new RateLimitedLog(LoggerFactory.getLogger(DriveLogRecorder.class));
    private volatile Subscription subscription;
    private long recorded;
    private boolean closed;

    private DriveLogRecorder(DriveLogSink writer, Clock clock) {
        this.writer = writer;
        this.clock = clock;
    }

    /**
     * Subscribes to {@code filter} (e.g. {@code "avstack/#"}) and starts recording; from then on the
     * recorder owns {@code writer}. If this throws (e.g. a filter matching no registered topic), the
     * caller still owns and must close the writer.
     */
    public static DriveLogRecorder start(Bus bus, String filter, int queueCapacity, DriveLogSink writer, Clock clock) {
        Objects.requireNonNull(bus, "bus");
        DriveLogRecorder recorder = new DriveLogRecorder(Objects.requireNonNull(writer, "writer"),
                Objects.requireNonNull(clock, "clock"));
        recorder.subscription = bus.subscribe(filter,
                new SubscribeOptions(queueCapacity, "drive-log-recorder"), recorder::onMessage);
        return recorder;
    }

    public static DriveLogRecorder start(Bus bus, String filter, DriveLogSink writer, Clock clock) {
        return start(bus, filter, DEFAULT_QUEUE_CAPACITY, writer, clock);
    }

    private void onMessage(String topic, Message message) {
        synchronized (lock) { // a synchronous bus may call from several publisher threads
            if (closed) {
                return;
            }
            try {
                writer.append(topic, clock.nowNs(), message);
                recorded++;
            } catch (IOException | RuntimeException e) {
                errors.error("drive log " + writer.path() + ": cannot record a message on " + topic, e);
            }
        }
    }

    /** Messages written so far. */
    public long recorded() {
        synchronized (lock) {
            return recorded;
        }
    }

    /** Messages the bus dropped from the recorder's queue (asynchronous bus only). */
    public long dropped() {
        return subscription.dropped();
    }

    /** Messages that could not be written (I/O error, time going backwards). */
    public long writeErrors() {
        return errors.occurrences();
    }

    /** Hands buffered records to the OS now. */
    public void flush() throws IOException {
        synchronized (lock) {
            writer.flush();
        }
    }

    /** Unsubscribes, then closes the log. Idempotent. */
    @Override
    public void close() throws IOException {
        subscription.close();
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            writer.close();
        }
    }
}
