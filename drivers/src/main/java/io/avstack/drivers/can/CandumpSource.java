package io.avstack.drivers.can;

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
 * Replays a candump log file frame by frame, as fast as the sink takes them (frames keep their
 * logged time stamps); bad lines are counted and the first few logged with their line number.
 */
public final class CandumpSource implements CanFrameSource {

    private static final Logger LOG = LoggerFactory.getLogger(CandumpSource.class);
    private static final int LOGGED_ERRORS = 5;

    private final Path log;
    private volatile boolean stopped;
    private boolean ran;

    public CandumpSource(Path log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    /** Replays all of {@code log} into {@code sink}. */
    public static Summary replay(Path log, Consumer<CanFrame> sink) throws IOException {
        try (CandumpSource source = new CandumpSource(log)) {
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
                    case FRAME -> tally.deliver(sink, parser.frame());
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
