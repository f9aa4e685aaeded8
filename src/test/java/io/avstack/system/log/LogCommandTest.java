package io.avstack.system.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.avstack.system.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code avstack log info|echo} on the committed reference log (29 s of CCRs, builtin stack). */
class LogCommandTest {

    private static final Path LOG = CliHarness.REPO.resolve("src/test/resources/replay/ccrs-builtin.avlog");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CliHarness cli = new CliHarness();

    @Test
    void infoCountsEveryTopicWithItsTypeAndRate() throws Exception {
        assertThat(cli.run("log", "info", LOG.toString(), "--json")).as(cli.err()).isZero();
        JsonNode info = JSON.readTree(cli.out());
        assertThat(info.get("scenario").asText()).isEqualTo("ccrs");
        assertThat(info.get("seed").asLong()).isEqualTo(1);
        assertThat(info.get("properties").get("stack").asText()).isEqualTo("builtin");
        assertThat(info.get("tail").asText()).isEqualTo("intact");
        JsonNode command = info.get("topics").get("avstack/ego/control/command");
        assertThat(command.get("type").asText()).isEqualTo("ControlCommand");
        assertThat(command.get("rate_hz").asDouble()).isCloseTo(50.0, org.assertj.core.data.Offset.offset(0.1));
        long sum = 0;
        for (JsonNode t : info.get("topics")) {
            sum += t.get("records").asLong();
        }
        assertThat(sum).isEqualTo(info.get("records").asLong()).isEqualTo(1873);
        assertThat(info.get("duration_s").asDouble()).isEqualTo(17.0);
    }

    @Test
    void echoPrintsOneJsonLinePerRecordOfTheFilteredTopicsInTheWindow() throws Exception {
        assertThat(cli.run("log", "echo", LOG.toString(), "--topic", "avstack/+/control/#",
                "--topic", "avstack/ego/sim/ground_truth", "--from", "1.0", "--to", "1.1")).as(cli.err()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : cli.out().strip().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        // 50 Hz commands at 1.00..1.10 s (6) and 10 Hz ground truth at 1.0 and 1.1 s (2)
        assertThat(lines).hasSize(8);
        for (JsonNode l : lines) {
            assertThat(l.get("log_time_s").asDouble()).isBetween(1.0, 1.1);
            assertThat(l.get("topic").asText()).isIn("avstack/ego/control/command", "avstack/ego/sim/ground_truth");
        }
        JsonNode truth = lines.stream().filter(l -> l.get("type").asText().equals("GroundTruth")).findFirst().orElseThrow();
        assertThat(truth.get("msg").get("header").get("stamp_ns").asLong()).isEqualTo(1_000_000_000L);
        assertThat(truth.get("msg").get("objects").get(0).get("cls").asText()).isEqualTo("OBJECT_CLASS_CAR");
        JsonNode command = lines.stream().filter(l -> l.get("type").asText().equals("ControlCommand")).findFirst()
                .orElseThrow();
        assertThat(command.get("msg").get("accel_mps2").isNumber()).isTrue();
    }

    @Test
    void limitStopsEarly() throws Exception {
        assertThat(cli.run("log", "echo", LOG.toString(), "--limit", "5")).as(cli.err()).isZero();
        assertThat(cli.out().strip().split("\n")).hasSize(5);
    }

    @Test
    void aMissingOrForeignFileIsNamed(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("none.avlog");
        assertThat(cli.run("log", "info", missing.toString())).isEqualTo(2);
        assertThat(cli.err()).contains(missing.toAbsolutePath().toString());
        Path text = Files.writeString(dir.resolve("text.avlog"), "not a log");
        assertThat(cli.runFresh("log", "echo", text.toString())).isEqualTo(2);
        assertThat(cli.err()).contains("not a readable drive log").contains(text.toAbsolutePath().toString());
    }

    @Test
    void aTruncatedLogIsReadToItsLastCompleteRecordAndSaysSo(@TempDir Path dir) throws Exception {
        byte[] bytes = Files.readAllBytes(LOG);
        Path torn = Files.write(dir.resolve("torn.avlog"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(cli.run("log", "info", torn.toString(), "--json")).isEqualTo(3);
        JsonNode info = JSON.readTree(cli.out());
        assertThat(info.get("tail").asText()).startsWith("TRUNCATED");
        assertThat(info.get("records").asLong()).isBetween(500L, 1873L);
    }
}
