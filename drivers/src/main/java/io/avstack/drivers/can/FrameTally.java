package io.avstack.drivers.can;

import io.avstack.core.bus.RateLimitedLog;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/** The counting and sink guarding every {@link CanFrameSource} shares. One owning thread per run. */
final class FrameTally {

    private final String sourceName;
    private final RateLimitedLog sinkErrors = new RateLimitedLog(LoggerFactory.getLogger(CanFrameSource.class));
    private volatile long frames;
    private volatile long malformed;
    private volatile long unsupported;

    FrameTally(String sourceName) {
        this.sourceName = sourceName;
    }

    /** Counts {@code frame} and hands it on; a throwing sink is counted and logged, not propagated. */
    void deliver(Consumer<CanFrame> sink, CanFrame frame) {
        frames++;
        try {
            sink.accept(frame);
        } catch (RuntimeException e) {
            sinkErrors.error(sourceName + ": the frame consumer failed on " + frame, e);
        }
    }

    void malformed() {
        malformed++;
    }

    long malformedCount() {
        return malformed;
    }

    void unsupported() {
        unsupported++;
    }

    CanFrameSource.Summary summary() {
        return new CanFrameSource.Summary(frames, malformed, unsupported, sinkErrors.occurrences());
    }
}
