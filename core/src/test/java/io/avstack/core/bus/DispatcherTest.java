package io.avstack.core.bus;

import io.avstack.core.msg.Message;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.avstack.core.bus.TestTopics.CAMERA;
import static io.avstack.core.bus.TestTopics.REGISTRY;
import static io.avstack.core.bus.TestTopics.ping;
import static io.avstack.core.bus.TestTopics.pong;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The parts of {@link Dispatcher} a network transport relies on beyond what the bus tests cover. */
class DispatcherTest {

    @Test
    void receivedMessagesAreDeliveredButNotCountedAsPublished() {
        try (Dispatcher dispatcher = new Dispatcher(REGISTRY, DeliveryMode.SYNCHRONOUS)) {
            List<Message> seen = new ArrayList<>();
            dispatcher.subscribe(CAMERA, SubscribeOptions.DEFAULTS, (t, m) -> seen.add(m));
            Message frame = ping(1);
            dispatcher.deliverReceived(CAMERA, frame);
            assertThat(seen).containsExactly(frame);
            assertThat(dispatcher.stats()).isEqualTo(new BusStats(0, 1, 0, 0, 0, 0));
        }
    }

    @Test
    void receivePathValidatesTopicAndType() {
        try (Dispatcher dispatcher = new Dispatcher(REGISTRY, DeliveryMode.ASYNCHRONOUS)) {
            assertThatThrownBy(() -> dispatcher.deliverReceived("avstack/ego/sensor/radar/front", ping(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown topic");
            assertThatThrownBy(() -> dispatcher.deliverReceived(CAMERA, pong(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(CAMERA);
        }
    }

    @Test
    void messagesReceivedAfterCloseAreDiscardedQuietly() {
        Dispatcher dispatcher = new Dispatcher(REGISTRY, DeliveryMode.SYNCHRONOUS);
        List<Message> seen = new ArrayList<>();
        dispatcher.subscribe(CAMERA, SubscribeOptions.DEFAULTS, (t, m) -> seen.add(m));
        dispatcher.close();
        assertThat(dispatcher.isClosed()).isTrue();
        dispatcher.deliverReceived(CAMERA, ping(1));
        assertThat(seen).isEmpty();
        assertThatThrownBy(() -> dispatcher.publish(CAMERA, ping(2))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void transportCountersShowUpInStats() {
        try (Dispatcher dispatcher = new Dispatcher(REGISTRY, DeliveryMode.ASYNCHRONOUS)) {
            dispatcher.counters().countMalformed();
            dispatcher.counters().countDroppedDisconnected();
            dispatcher.counters().countDroppedDisconnected();
            assertThat(dispatcher.stats()).isEqualTo(new BusStats(0, 0, 0, 2, 1, 0));
            assertThat(dispatcher.mode()).isEqualTo(DeliveryMode.ASYNCHRONOUS);
            assertThat(dispatcher.registry()).isSameAs(REGISTRY);
        }
    }
}
