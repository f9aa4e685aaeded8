package io.avstack.core.bus.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.Subscription;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.Header;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The MQTT client with no broker to talk to: nothing blocks, nothing throws, attempts repeat and
 * closing leaves no thread behind. The broker-backed behaviour is in the system tests
 * ({@code io.avstack.system.mqtt}).
 */
@Timeout(60)
class MqttOfflineTest {

    private static final TopicRegistry REGISTRY = TopicRegistry.standard("ego");
    private static final String COMMAND = TopicNames.topic("ego", StandardTopics.CONTROL_COMMAND);
    private static final String STATUS = TopicNames.topic("ego", StandardTopics.SAFETY_STATUS);

    /** A loopback port with nothing listening (bound, then released). */
    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static MqttSettings nowhere(String clientId) throws IOException {
        return MqttSettings.of("tcp://127.0.0.1:" + closedPort(), clientId);
    }

    private static ControlCommand command(int seq) {
        return new ControlCommand(Header.of("base_link", seq, seq), -1.0, 0.1);
    }

    @Test
    void publishWhileDisconnectedIsDroppedAndCounted() throws IOException {
        try (MqttBus bus = MqttBus.connect(nowhere("offline-pub"), REGISTRY)) {
            for (int i = 0; i < 100; i++) {
                bus.publish(COMMAND, command(i));
            }
            assertThat(bus.stats().droppedDisconnected()).isEqualTo(100);
            assertThat(bus.stats().published()).isZero();
            assertThat(bus.connected()).isFalse();
        }
    }

    @Test
    void rawPublishWhileDisconnectedReturnsFalse() throws IOException {
        try (MqttConnection c = new MqttConnection(nowhere("offline-raw"), (t, p) -> { })) {
            c.start();
            assertThat(c.publish(COMMAND, new byte[] {1, 2, 3}, 0)).isFalse();
        }
    }

    @Test
    void registryViolationsStillThrowLikeInProcess() throws IOException {
        try (MqttBus bus = MqttBus.connect(nowhere("offline-reg"), REGISTRY)) {
            assertThatThrownBy(() -> bus.publish("avstack/ego/nope/none", command(0)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown topic");
            assertThatThrownBy(() -> bus.publish(STATUS, command(0)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(STATUS);
            assertThatThrownBy(() -> bus.subscribe("avstack/ego/#/x", (t, m) -> { }))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> bus.subscribe("avstack/other/#", (t, m) -> { }))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("matches no registered topic");
        }
    }

    @Test
    void subscribingWhileDisconnectedReturnsAtOnceAndClosesCleanly() throws IOException {
        try (MqttBus bus = MqttBus.connect(nowhere("offline-sub"), REGISTRY)) {
            Subscription s = bus.subscribe("avstack/ego/#", (t, m) -> { });
            assertThat(s.filter()).isEqualTo("avstack/ego/#");
            s.close();
            s.close();
        }
    }

    @Test
    void closedBusRejectsPublishAndCloseIsIdempotent() throws IOException {
        MqttBus bus = MqttBus.connect(nowhere("offline-close"), REGISTRY);
        bus.close();
        bus.close();
        assertThatThrownBy(() -> bus.publish(COMMAND, command(0))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void awaitConnectedTimesOutWithoutABroker() throws Exception {
        try (MqttBus bus = MqttBus.connect(nowhere("offline-await"), REGISTRY)) {
            assertThat(bus.awaitConnected(Duration.ofMillis(300))).isFalse();
        }
    }

    @Test
    void theFirstConnectionIsRetriedUntilClosed() throws Exception {
        try (MqttConnection c = new MqttConnection(nowhere("offline-retry"), (t, p) -> { })) {
            c.start();
            awaitUntil(() -> c.stats().connectFailures() >= 3, Duration.ofSeconds(20));
            assertThat(c.stats().connects()).isZero();
            assertThat(c.stats().connected()).isFalse();
        }
    }

    @Test
    void closingDuringAnOutageLeavesNoThreadBehind() throws Exception {
        String clientId = "offline-threads";
        MqttConnection c = new MqttConnection(nowhere(clientId), (t, p) -> { });
        c.start();
        awaitUntil(() -> c.stats().connectFailures() >= 2, Duration.ofSeconds(20));
        c.close();
        for (Thread t : threadsNamedAfter(clientId)) {
            t.join(10_000);
        }
        assertThat(threadsNamedAfter(clientId)).isEmpty();
        assertThat(c.awaitConnected(Duration.ofMillis(10))).isFalse();
    }

    private static List<Thread> threadsNamedAfter(String clientId) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().contains(clientId))
                .toList();
    }

    /** Polls every 20 ms; fails after {@code timeout}. */
    static void awaitUntil(BooleanSupplier condition, Duration timeout) throws InterruptedException {
        for (long waitedMs = 0; waitedMs < timeout.toMillis(); waitedMs += 20) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("condition within %s", timeout).isTrue();
    }

    @Test
    void settingsAreKept() throws IOException {
        MqttSettings settings = nowhere("offline-settings");
        try (MqttConnection c = new MqttConnection(settings, (t, p) -> { })) {
            assertThat(c.settings()).isSameAs(settings);
            assertThat(c.wireTopicCount()).isZero();
        }
    }
}
