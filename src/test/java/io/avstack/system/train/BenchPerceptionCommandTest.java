package io.avstack.system.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.avstack.vehicle.cli.AvstackCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchPerceptionCommandTest {

    @Test
    void jsonHasCameraAndLidarNumbers() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = AvstackCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        assertThat(cli.execute("bench", "perception", "--frames", "3", "--warm-up", "1", "--device", "cpu", "--json"))
                .as(err.toString()).isZero();
        String text = out.toString().strip();
        assertThat(text.lines().count()).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(text);
        assertThat(json.get("camera").get("p50_ms").isNumber()).isTrue();
        assertThat(json.get("camera").get("p99_ms").asDouble()).isGreaterThanOrEqualTo(
                json.get("camera").get("p50_ms").asDouble()).isPositive();
        assertThat(json.get("lidar").get("p50_ms").isNumber()).isTrue();
        assertThat(json.get("lidar").get("p99_ms").asDouble()).isGreaterThanOrEqualTo(
                json.get("lidar").get("p50_ms").asDouble()).isPositive();
        assertThat(json.get("lidar").has("note")).isFalse();
    }
}
