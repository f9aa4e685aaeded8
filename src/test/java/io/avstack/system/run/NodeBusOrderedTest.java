package io.avstack.system.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.SubscribeOptions;
import io.avstack.core.bus.Subscription;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.Header;
import io.avstack.core.time.SystemClock;
import io.avstack.vehicle.run.NodeBus;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link NodeBus#ordered}: a node's handlers of one filter run in subscription order on one
 * delivery, as on the synchronous bus, on the asynchronous bus too (the safety node's monitor records
 * a planned command before its trigger runs a cycle on it).
 */
class NodeBusOrderedTest {

    private static final String VEHICLE = "ego";
    private static final String PLANNED = TopicNames.topic(VEHICLE, StandardTopics.PLANNED_COMMAND);
    private static final int N = 200;

    private static ControlCommand command(long seq) {
        return new ControlCommand(Header.of("base_link", seq, seq), 0.0, 0.0);
    }

    @Test
    void handlersOfOneFilterRunInSubscriptionOrderForEveryMessage() throws Exception {
        try (InProcessBus bus = InProcessBus.asynchronous(TopicRegistry.standard(VEHICLE))) {
            NodeBus node = NodeBus.ordered(bus, VEHICLE, "safety", SystemClock.INSTANCE);
            List<String> calls = new CopyOnWriteArrayList<>();
            CountDownLatch done = new CountDownLatch(N);
            SubscribeOptions queue = SubscribeOptions.named("monitor").withQueueCapacity(N);
            node.subscribe(PLANNED, queue, (t, m) -> calls.add("record " + m.header().seq()));
            node.subscribe(PLANNED, SubscribeOptions.named("trigger"), (t, m) -> {
                calls.add("step " + m.header().seq());
                done.countDown();
                if (m.header().seq() == 3) {
                    throw new IllegalStateException("cycle 3 failed"); // counted, the next message still comes
                }
            });
            assertThat(node.subscriptions()).as("one subscription on the process bus").hasSize(1);
            for (int i = 0; i < N; i++) {
                bus.publish(PLANNED, command(i));
            }
            assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(calls).hasSize(2 * N);
            for (int i = 0; i < N; i++) {
                assertThat(calls.subList(2 * i, 2 * i + 2)).containsExactly("record " + i, "step " + i);
            }
            assertThat(node.health().snapshot(0).errors()).isEqualTo(1);
        }
    }

    @Test
    void closingTheLastHandlerClosesTheSharedSubscription() throws Exception {
        try (InProcessBus bus = InProcessBus.asynchronous(TopicRegistry.standard(VEHICLE))) {
            NodeBus node = NodeBus.ordered(bus, VEHICLE, "safety", SystemClock.INSTANCE);
            List<String> calls = new CopyOnWriteArrayList<>();
            CountDownLatch second = new CountDownLatch(1);
            Subscription a = node.subscribe(PLANNED, SubscribeOptions.named("a"), (t, m) -> calls.add("a"));
            Subscription b = node.subscribe(PLANNED, SubscribeOptions.named("b"), (t, m) -> {
                calls.add("b");
                second.countDown();
            });
            a.close();
            assertThat(node.subscriptions()).hasSize(1);
            bus.publish(PLANNED, command(1));
            assertThat(second.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(calls).containsExactly("b");
            b.close();
            assertThat(node.subscriptions()).isEmpty();
        }
    }
}
