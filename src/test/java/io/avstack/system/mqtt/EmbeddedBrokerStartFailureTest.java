package io.avstack.system.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.vehicle.broker.EmbeddedBroker;
import io.avstack.vehicle.broker.EmbeddedBrokerSettings;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A broker that cannot start says why and leaves nothing behind (its own class: no other broker runs). */
@Timeout(90)
class EmbeddedBrokerStartFailureTest {

    @Test
    void portInUseFailsWithAClearErrorAndNoLeftovers() throws IOException {
        long foldersBefore = brokerFolders();
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> EmbeddedBroker.start(EmbeddedBrokerSettings.loopback(port)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("127.0.0.1:" + port)
                    .hasMessageContaining("port in use");
        }
        assertThat(brokerFolders()).isEqualTo(foldersBefore);
    }

    @Test
    void settingsAreValidatedBeforeHiveMqSeesThem() {
        assertThatThrownBy(() -> EmbeddedBrokerSettings.loopback(70_000)).hasMessageContaining("port must be 0..65535");
        assertThatThrownBy(() -> EmbeddedBrokerSettings.loopback(0).withCredentials("u", null))
                .hasMessageContaining("username and password must be set together");
        assertThatThrownBy(() -> new EmbeddedBrokerSettings("127.0.0.1\"/><x", 0, 1 << 20,
                EmbeddedBrokerSettings.DEFAULT_START_TIMEOUT, EmbeddedBrokerSettings.DEFAULT_STOP_TIMEOUT, null, null))
                .hasMessageContaining("bindAddress");
        assertThatThrownBy(() -> new EmbeddedBrokerSettings("127.0.0.1", 0, 100,
                EmbeddedBrokerSettings.DEFAULT_START_TIMEOUT, EmbeddedBrokerSettings.DEFAULT_STOP_TIMEOUT, null, null))
                .hasMessageContaining("maxPacketBytes must be 1024..268435460, was 100");
        assertThat(EmbeddedBrokerSettings.loopback(0).withCredentials("u", "p").toString()).doesNotContain("=p,")
                .contains("***");
    }

    private static long brokerFolders() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(p -> p.getFileName().toString().startsWith("avstack-broker-")).count();
        }
    }
}
