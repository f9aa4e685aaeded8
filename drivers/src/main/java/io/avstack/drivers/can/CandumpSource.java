package io.avstack.drivers.can;

import io.avstack.core.time.ReplayPacer;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays a candump log file frame by frame, as fast as the sink takes them or paced at the logged
 * rate by a {@link ReplayPacer} (frames keep their logged time stamps either way); bad lines are
 * counted and the first few logged with their line number. An interrupt while pacing ends the run.
 */
public final class CandumpSource implements CanFrameSource {

    private static final Logger LOG = LoggerFactory.getLogger(CandumpSource.class);
    private static final int LOGGED_ERRORS = 5;

    private final Path log;
    private final ReplayPacer pacer;
    private volatile boolean stopped;
    private boolean ran;

    public CandumpSource(Path log) {
        this(log, ReplayPacer.AS_FAST_AS_POSSIBLE);
    }

    public CandumpSource(Path log, ReplayPacer pacer) {
        this.log = Objects.requireNonNull(log, "log");
        this.pacer = Objects.requireNonNull(pacer, "pacer");
    }

    /** Replays all of {@code log} into {@code sink} as fast as possible. */
    public static Summary replay(Path log, Consumer<CanFrame> sink) throws IOException {
        return replay(log, ReplayPacer.AS_FAST_AS_POSSIBLE, sink);
    }

    /** Replays all of {@code log} into {@code sink}, each frame when {@code pacer} says it is due. */
    public static Summary replay(Path log, ReplayPacer pacer, Consumer<CanFrame> sink) throws IOException {
        try (CandumpSource source = new CandumpSource(log, pacer)) {
            return source.run(sink);
        }
    }

    @Override
    public Summary run(Consumer<CanFrame> sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        if (ran) {
            throw new IllegalStateException(name() + " has already run");
        }
        ran = true;
        CandumpParser parser = new CandumpParser();
        FrameTally tally = new FrameTally(name());
        try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.US_ASCII)) {
            String line;
            long lineNo = 0;
            while (!stopped && (line = in.readLine()) != null) {
                lineNo++;
                switch (parser.parse(line)) {
                    case FRAME -> {
                        if (!awaitDue(parser.frame().timestampNs())) {
                            return tally.summary();
                        }
                        tally.deliver(sink, parser.frame());
                    }
                    case MALFORMED -> {
                        tally.malformed();
                        if (tally.malformedCount() <= LOGGED_ERRORS) {
                            LOG.warn("{}:{}: skipped: {}", log, lineNo, parser.lastError());
                        }
                    }
                    case UNSUPPORTED -> tally.unsupported();
                    case BLANK -> { }
                }
            }
        }
        return tally.summary();
    }

    private boolean awaitDue(long stampNs) {
        try {
            pacer.awaitDue(stampNs);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
            return false;
        }
    }

    @Override
    public String name() {
        return log.toString();
    }

    /** Stops a run in progress after its current line. */
    @Override
    public void close() {
        stopped = true;
    }
}
