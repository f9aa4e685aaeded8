package io.avstack.system.mqtt;

import static io.avstack.system.mqtt.MqttTestSupport.COMMAND;
import static io.avstack.system.mqtt.MqttTestSupport.LIDAR;
import static io.avstack.system.mqtt.MqttTestSupport.REGISTRY;
import static io.avstack.system.mqtt.MqttTestSupport.WAIT;
import static io.avstack.system.mqtt.MqttTestSupport.command;
import static io.avstack.system.mqtt.MqttTestSupport.emptyScan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.bus.mqtt.MqttBus;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link MqttBus}'s loopback topics without a broker (with one: {@link MqttBusContract}). */
class MqttBusLoopbackTest {

    /**
     * The stack process keeps its own loop while the broker is away: its loopback topics still
     * reach its subscribers; the wire copies are dropped and counted; other topics are dropped.
     */
    @Test
    void loopbackTopicsReachThisProcessWhileTheBrokerIsAway() throws Exception {
        String nowhere = "tcp://127.0.0.1:" + MqttTestSupport.freePort();
        try (MqttBus bus = MqttBus.connect(MqttTestSupport.settings(nowhere, "loop-alone"), REGISTRY, Set.of(COMMAND))) {
            Inbox inbox = new Inbox();
            bus.subscribe("avstack/ego/#", inbox);
            bus.publish(LIDAR, emptyScan(1));
            bus.publish(COMMAND, command(2));

            assertThat(inbox.awaitCount(1, WAIT)).isTrue();
            assertThat(inbox.topics()).containsExactly(COMMAND);
            assertThat(bus.connected()).isFalse();
            assertThat(bus.stats().published()).isEqualTo(1);
            assertThat(bus.stats().droppedDisconnected()).as("both wire copies").isEqualTo(2);
        }
    }

    @Test
    void anUnregisteredLoopbackTopicIsRefusedByName() {
        assertThatThrownBy(() -> MqttBus.connect(MqttTestSupport.settings("tcp://127.0.0.1:1", "loop-bad"), REGISTRY,
                Set.of("avstack/ego/no/such/topic")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("avstack/ego/no/such/topic");
    }
}
