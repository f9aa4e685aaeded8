package io.avstack.sim.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Report JSON: {@code {"runs": [RunMetrics...]}}, pretty-printed, fields in the documented order,
 * map keys sorted, so equal runs give equal bytes.
 */
public final class RunReports {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private RunReports() {
    }

    /** The report; with {@code includeTiming} false the wall-clock fields are written as 0 (the deterministic part). */
    public static String toJson(List<RunMetrics> runs, boolean includeTiming) {
        List<RunMetrics> out = new ArrayList<>(runs.size());
        for (RunMetrics r : runs) {
            out.add(includeTiming ? r : r.withoutTiming());
        }
        try {
            return MAPPER.writeValueAsString(new Report(out)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise run report", e);
        }
    }

    /** Writes {@link #toJson}{@code (runs, true)} to {@code file}. */
    public static void write(Path file, List<RunMetrics> runs) {
        try {
            Files.writeString(file, toJson(runs, true), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write report " + file, e);
        }
    }

    /** The report's top level. */
    public record Report(List<RunMetrics> runs) {
    }
}
