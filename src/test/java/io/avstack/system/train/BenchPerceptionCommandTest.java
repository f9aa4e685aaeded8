package io.avstack.system.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.avstack.system.CliHarness;
import org.junit.jupiter.api.Test;

class BenchPerceptionCommandTest {

    @Test
    void jsonHasCameraAndLidarNumbers() throws Exception {
        CliHarness cli = new CliHarness();
        assertThat(cli.run("bench", "perception", "--frames", "3", "--warm-up", "1", "--device", "cpu", "--json"))
                .as(cli.err()).isZero();
        String text = cli.out().strip();
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
