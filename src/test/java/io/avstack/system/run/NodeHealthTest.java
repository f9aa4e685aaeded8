package io.avstack.system.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.SubscribeOptions;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.NodeHealth;
import io.avstack.core.time.SystemClock;
import io.avstack.vehicle.run.HealthTicker;
import io.avstack.vehicle.run.NodeBus;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Every node of the run process reports on {@code system/health} through its {@link NodeBus} and the
 * {@link HealthTicker}: messages in and out, queue drops plus the node's own drops, and errors.
 */
class NodeHealthTest {

    private static final String VEHICLE = "ego";
    private static final String COMMAND = TopicNames.topic(VEHICLE, StandardTopics.CONTROL_COMMAND);
    private static final String PLANNED = TopicNames.topic(VEHICLE, StandardTopics.PLANNED_COMMAND);

    private static ControlCommand command(long seq) {
        return new ControlCommand(Header.of("base_link", seq, seq), 0.0, 0.0);
    }

    @Test
    void reportsCountWhatTheNodeReceivedPublishedDroppedAndSurvived() throws Exception {
        Map<String, NodeHealth> last = new ConcurrentHashMap<>();
        try (InProcessBus bus = InProcessBus.asynchronous(TopicRegistry.standard(VEHICLE))) {
            bus.subscribe(TopicNames.topic(VEHICLE, StandardTopics.HEALTH), SubscribeOptions.named("test").withQueueCapacity(1000),
                    (t, m) -> last.put(((NodeHealth) m).node(), (NodeHealth) m));
            NodeBus node = new NodeBus(bus, VEHICLE, "arbiter", SystemClock.INSTANCE);
            CountDownLatch handled = new CountDownLatch(10);
            node.subscribe(PLANNED, SubscribeOptions.named("arbiter-in").withQueueCapacity(1000), (t, m) -> {
                handled.countDown();
                node.publish(COMMAND, command(m.header().seq()));
                if (m.header().seq() % 5 == 0) {
                    throw new IllegalStateException("cycle " + m.header().seq() + " failed");
                }
            });
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch blocked = new CountDownLatch(1);
            // a second subscription whose handler blocks, with a one-message queue: it must drop
            io.avstack.core.bus.Subscription slow = node.subscribe(PLANNED, SubscribeOptions.named("arbiter-slow").withQueueCapacity(1), (t, m) -> {
                blocked.countDown();
                await(release);
            });
            HealthTicker ticker = new HealthTicker(SystemClock.INSTANCE, 20).add(node, () -> 3).start();
            for (int i = 0; i < 10; i++) {
                bus.publish(PLANNED, command(i));
                if (i == 0) {
                    await(blocked);
                }
            }
            await(handled);
            release.countDown();
            assertThat(io.avstack.vehicle.run.Drain.await(slow, java.time.Duration.ofSeconds(30))).isTrue();
            ticker.close(); // publishes a last report of every node
            NodeHealth h = awaitReport(last, "arbiter", r -> r.messagesOut() == 10);
            assertThat(h.messagesIn()).as("both subscriptions' deliveries").isGreaterThanOrEqualTo(10 + 2);
            assertThat(h.messagesOut()).isEqualTo(10);
            assertThat(h.errors()).as("seq 0 and 5 threw").isEqualTo(2);
            assertThat(h.lastError()).contains("cycle 5 failed");
            assertThat(h.messagesDropped()).as("slow queue's drops + the node's own 3").isGreaterThanOrEqualTo(3 + 7);
            assertThat(h.state()).isNotEqualTo(NodeHealth.State.FAILED);
        }
    }

    private static NodeHealth awaitReport(Map<String, NodeHealth> last, String node,
                                          java.util.function.Predicate<NodeHealth> ready) throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            NodeHealth h = last.get(node);
            if (h != null && ready.test(h)) {
                return h;
            }
            Thread.sleep(20);
        }
        assertThat(last.get(node)).as("a report of %s", node).isNotNull();
        return last.get(node);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
