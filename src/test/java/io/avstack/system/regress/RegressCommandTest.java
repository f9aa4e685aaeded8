package io.avstack.system.regress;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.avstack.system.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code avstack regress} end to end on small scenario sets. */
class RegressCommandTest {

    private static final Path SCENARIOS = Path.of("..", "scenarios");
    private static final Path UNAVOIDABLE = Path.of("..", "src", "test", "resources", "scenarios",
            "unavoidable-cyclist-dash.yaml");

    private final CliHarness cli = new CliHarness();

    @TempDir
    Path tmp;

    private int run(String... args) {
        return cli.run(args);
    }

    @Test
    void passingSuiteWritesSummaryJunitAndHtmlAndExitsZero() throws Exception {
        Path dir = tmp.resolve("r");
        int code = run("regress", SCENARIOS.resolve("ccrs.yaml").toString(),
                SCENARIOS.resolve("traffic-light-turns-red.yaml").toString(),
                "--seeds", "2", "--faults", "none,lidar_dropout", "--jobs", "2", "--report-dir", dir.toString());
        assertThat(code).as(cli.both()).isZero();
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        int runs = summary.get("runs").asInt();
        assertThat(runs).isGreaterThanOrEqualTo(4 * 2).isEven();
        assertThat(summary.get("passed").asInt()).isEqualTo(runs);
        assertThat(summary.get("failed").asInt()).isZero();
        assertThat(summary.get("wall_time_s").asDouble()).isPositive();
        JsonNode first = summary.get("results").get(0);
        assertThat(first.get("scenario").asText()).isEqualTo("ccrs");
        assertThat(first.get("params").isObject()).isTrue();
        assertThat(first.get("seed").asLong()).isEqualTo(1);
        assertThat(first.get("fault").isNull()).isTrue();
        assertThat(first.get("pass").asBoolean()).isTrue();
        assertThat(first.has("reason")).isTrue();
        assertThat(first.has("min_gap_m")).isTrue();
        assertThat(first.has("collision")).isTrue();
        assertThat(summary.get("results").get(1).get("fault").asText()).isEqualTo("lidar_dropout");
        assertThat(summary.get("results").get(2).get("seed").asLong()).isEqualTo(2);
        String junit = Files.readString(dir.resolve("junit.xml"));
        assertThat(junit).contains("tests=\"" + runs + "\" failures=\"0\" errors=\"0\"");
        String html = Files.readString(dir.resolve("report.html"));
        assertThat(html).contains("<svg").contains("RSS safe distance").contains(runs + " runs, " + runs + " passed");
        assertThat(cli.out()).contains("[" + runs + "/" + runs + "]");
    }

    @Test
    void failingRunExitsOneWithReasonJunitFailureAndVideo() throws Exception {
        Path dir = tmp.resolve("f");
        // a cyclist jumping in front of the ego too late for any stack to stop
        int code = run("regress", UNAVOIDABLE.toString(),
                "--jobs", "1", "--report-dir", dir.toString(), "--videos", "1");
        assertThat(code).as(cli.both()).isEqualTo(1);
        JsonNode summary = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        assertThat(summary.get("failed").asInt()).isEqualTo(1);
        JsonNode failed = null;
        for (JsonNode r : summary.get("results")) {
            if (!r.get("pass").asBoolean()) {
                failed = r;
            }
        }
        assertThat(failed).isNotNull();
        assertThat(failed.get("reason").asText()).contains("collision");
        assertThat(failed.get("collision").asBoolean()).isTrue();
        Path video = dir.resolve(failed.get("video").asText());
        assertThat(video).exists();
        assertThat(Files.size(video)).isPositive();
        assertThat(Files.readString(dir.resolve("junit.xml"))).contains("failures=\"1\"").contains("<failure message=");
        assertThat(Files.readString(dir.resolve("report.html"))).contains("href=\"" + failed.get("video").asText() + "\"");
    }

    @Test
    void resultsDoNotDependOnTheJobCount() throws Exception {
        String scenario = SCENARIOS.resolve("ccrm.yaml").toString();
        assertThat(run("regress", scenario, "--jobs", "1", "--report-dir", tmp.resolve("a").toString())).isZero();
        assertThat(run("regress", scenario, "--jobs", "2", "--report-dir", tmp.resolve("b").toString())).isZero();
        assertThat(withoutTiming(tmp.resolve("a"))).isEqualTo(withoutTiming(tmp.resolve("b")));
    }

    private static JsonNode withoutTiming(Path dir) throws Exception {
        JsonNode s = new ObjectMapper().readTree(dir.resolve("summary.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) s).remove("wall_time_s");
        for (JsonNode r : s.get("results")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) r).remove(java.util.List.of("wall_time_s", "realtime_factor"));
        }
        return s;
    }

    @Test
    void badInputIsNamedAndExitsTwo() {
        assertThat(run("regress", "no-such-file.yaml", "--report-dir", tmp.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("no-such-file.yaml");
        assertThat(run("regress", SCENARIOS.resolve("ccrs.yaml").toString(), "--faults", "smoke")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown fault set 'smoke'");
        assertThat(run("regress", SCENARIOS.resolve("ccrs.yaml").toString(), "--stack", "nope")).isEqualTo(2);
        assertThat(cli.err()).contains("unknown stack 'nope'");
        assertThat(run("regress", SCENARIOS.resolve("ccrs.yaml").toString(), "--seeds", "0")).isEqualTo(2);
        assertThat(cli.err()).contains("--seeds must be >= 1");
    }
}
