package io.avstack.vehicle.regress;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * {@code summary.json}: {@code {"runs", "passed", "failed", "wall_time_s", "results": [{"scenario",
 * "params", "seed", "fault", "pass", "reason", ...the sim report's metrics}]}} (docs/REGRESSION.md).
 */
public final class SummaryJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private SummaryJson() {
    }

    /** The summary document; {@code wallTimeS} is the suite's wall-clock time, s. */
    public static ObjectNode of(List<CaseResult> results, double wallTimeS) {
        ObjectNode root = MAPPER.createObjectNode();
        int passed = 0;
        for (CaseResult r : results) {
            passed += r.passed() ? 1 : 0;
        }
        root.put("runs", results.size());
        root.put("passed", passed);
        root.put("failed", results.size() - passed);
        root.put("wall_time_s", wallTimeS);
        var array = root.putArray("results");
        for (CaseResult r : results) {
            array.add(result(r));
        }
        return root;
    }

    private static ObjectNode result(CaseResult r) {
        RegressionCase c = r.regressionCase();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", c.id());
        o.put("scenario", c.run().spec().name());
        ObjectNode params = o.putObject("params");
        c.run().parameters().forEach(params::put);
        o.put("seed", c.run().seed());
        if (c.faultOrNull() == null) {
            o.putNull("fault");
        } else {
            o.put("fault", c.faultOrNull());
        }
        o.put("pass", r.passed());
        o.put("reason", r.reason());
        o.put("file", c.run().sourceFile().toString());
        if (r.video() != null) {
            o.put("video", r.video());
        }
        if (r.metrics() != null) {
            ObjectNode m = MAPPER.valueToTree(r.metrics());
            m.remove(List.of("scenario", "parameters", "seed"));
            o.setAll(m);
        }
        return o;
    }

    /** The document as indented JSON text with a final newline. */
    public static String toJson(ObjectNode summary) {
        try {
            return MAPPER.writeValueAsString(summary) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise regression summary", e);
        }
    }
}
