package io.avstack.drivers.can;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Replays a candump log file frame by frame; bad lines are counted and the first few logged with their line number. */
public final class CandumpSource {

    private static final Logger LOG = LoggerFactory.getLogger(CandumpSource.class);
    private static final int LOGGED_ERRORS = 5;

    /** What a replay saw. */
    public record Summary(long frames, long malformedLines, long unsupportedLines) {
    }

    private CandumpSource() {
    }

    public static Summary replay(Path log, Consumer<CanFrame> sink) throws IOException {
        CandumpParser parser = new CandumpParser();
        long frames = 0;
        long malformed = 0;
        long unsupported = 0;
        try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.US_ASCII)) {
            String line;
            long lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                switch (parser.parse(line)) {
                    case FRAME -> {
                        frames++;
                        sink.accept(parser.frame());
                    }
                    case MALFORMED -> {
                        if (++malformed <= LOGGED_ERRORS) {
                            LOG.warn("{}:{}: skipped: {}", log, lineNo, parser.lastError());
                        }
                    }
                    case UNSUPPORTED -> unsupported++;
                    case BLANK -> { }
                }
            }
        }
        return new Summary(frames, malformed, unsupported);
    }
}
