package io.avstack.system.mqtt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.avstack.system.CliHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code avstack bench e2e --transport mqtt --broker-url URL}: the drivers and the stack as two
 * clients of an external Mosquitto (as deployed on the vehicle) instead of the embedded broker.
 * Short run; no timing is asserted.
 */
class BenchE2eExternalBrokerTest {

    @BeforeAll
    static void needsMosquitto() {
        MosquittoBroker.assumeInstalled();
    }

    @Test
    void sensorsReachCommandsThroughAnExternalBroker() throws Exception {
        try (MosquittoBroker broker = MosquittoBroker.start(MqttTestSupport.freePort())) {
            CliHarness cli = new CliHarness();
            int code = cli.run("bench", "e2e", "--transport", "mqtt", "--broker-url", broker.url(), "--seconds", "3",
                    "--warmup-s", "1", "--json",
                    "--scenario", CliHarness.REPO.resolve("scenarios/bench-ten-actors.yaml").toString());
            assertThat(code).as(cli.both()).isZero();
            String line = cli.out().lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElseThrow();
            JsonNode j = new ObjectMapper().readTree(line);
            assertThat(j.get("transport").asText()).isEqualTo("mqtt");
            assertThat(j.get("broker").asText()).isEqualTo(broker.url());
            assertThat(j.get("frames").asInt()).as(line).isPositive();
            assertThat(j.get("drops").get("disconnected (drivers + stack)").asLong()).isZero();
        }
    }

    @Test
    void aBrokerUrlWithoutMqttIsRefused() {
        CliHarness cli = new CliHarness();
        int code = cli.run("bench", "e2e", "--broker-url", "tcp://127.0.0.1:1", "--seconds", "1");
        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("--broker-url needs --transport mqtt");
    }
}
