package io.avstack.sim.run;

import io.avstack.core.bus.Bus;
import io.avstack.core.log.DriveLogMetadata;
import io.avstack.core.log.DriveLogRecorder;
import io.avstack.core.log.DriveLogWriter;
import io.avstack.core.time.Clock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Records every message of a run on the bus into a drive log (docs/DRIVELOG.md), stamped with sim time. */
public final class DriveLogNode implements HostedNode {

    private final Path file;
    private final DriveLogMetadata metadata;
    private DriveLogRecorder recorder;

    /** @param file must not exist yet: a log is never overwritten */
    public DriveLogNode(Path file, String scenario, long seed) {
        this(file, new DriveLogMetadata(scenario, seed, 0L, java.util.Map.of()));
    }

    /**
     * @param file     must not exist yet: a log is never overwritten
     * @param metadata stored in the log's header (e.g. what replay needs to rebuild the run)
     */
    public DriveLogNode(Path file, DriveLogMetadata metadata) {
        this.file = file;
        this.metadata = java.util.Objects.requireNonNull(metadata, "metadata");
    }

    @Override
    public void attach(Bus bus, Clock clock) {
        DriveLogWriter writer;
        try {
            writer = DriveLogWriter.create(file, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create drive log " + file + ": " + e.getMessage(), e);
        }
        try {
            recorder = DriveLogRecorder.start(bus, "avstack/#", writer, clock);
        } catch (RuntimeException e) {
            try {
                writer.close();
            } catch (IOException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw e;
        }
    }

    /** Messages recorded so far. */
    public long recorded() {
        return recorder == null ? 0 : recorder.recorded();
    }

    @Override
    public void close() {
        if (recorder == null) {
            return;
        }
        try {
            recorder.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot finish drive log " + file + ": " + e.getMessage(), e);
        }
    }
}
