package io.avstack.system.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.avstack.system.CliHarness;
import org.junit.jupiter.api.Test;

/**
 * {@code avstack bench e2e}'s plumbing on a short run: sensors reach the full stack over the
 * asynchronous in-process bus, commands come out, every stage is timed, every stack node reports
 * its health, and the JSON has the documented fields. No timing is asserted.
 */
class BenchE2eCommandTest {

    @Test
    void aShortInProcessRunPrintsTheDocumentedJson() throws Exception {
        CliHarness cli = new CliHarness();
        int code = cli.run("bench", "e2e", "--seconds", "3", "--warmup-s", "1", "--json",
                "--scenario", CliHarness.REPO.resolve("scenarios/bench-ten-actors.yaml").toString());
        assertThat(code).as(cli.both()).isZero();
        String line = cli.out().lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow();
        JsonNode j = new ObjectMapper().readTree(line);
        assertThat(j.get("transport").asText()).isEqualTo("inproc");
        assertThat(j.get("broker").asText()).isEqualTo("none");
        assertThat(j.get("seconds").asDouble()).isEqualTo(3.0);
        for (String key : new String[] {"p50_ms", "p99_ms", "max_ms", "frames", "stages", "drops", "queue",
            "cpu_cores", "health_reports", "sensors"}) {
            assertThat(j.has(key)).as("key %s in %s", key, line).isTrue();
        }
        for (String stage : new String[] {"driver", "detector", "fusion", "planning", "arbiter"}) {
            assertThat(j.get("stages").has(stage)).as(stage).isTrue();
        }
        // 30 + 10 Hz for 3 s: frames went through to commands (how many depends on the machine)
        assertThat(j.get("frames").asInt()).as(line).isPositive();
        assertThat(j.get("sensor_messages").asLong()).isGreaterThan(100);
        assertThat(j.get("drops").has("camera detector skipped")).isTrue();
        assertThat(j.get("health_reports").has("fusion")).isTrue();
        assertThat(j.get("health_reports").has("planning")).isTrue();
        assertThat(j.get("health_reports").has("safety")).isTrue();
    }
}
