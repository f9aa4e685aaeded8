package io.avstack.system.mqtt;

import static io.avstack.system.mqtt.MqttTestSupport.CAMERA;
import static io.avstack.system.mqtt.MqttTestSupport.COMMAND;
import static io.avstack.system.mqtt.MqttTestSupport.LIDAR;
import static io.avstack.system.mqtt.MqttTestSupport.REGISTRY;
import static io.avstack.system.mqtt.MqttTestSupport.STATUS;
import static io.avstack.system.mqtt.MqttTestSupport.WAIT;
import static io.avstack.system.mqtt.MqttTestSupport.awaitUntil;
import static io.avstack.system.mqtt.MqttTestSupport.command;
import static io.avstack.system.mqtt.MqttTestSupport.emptyScan;
import static io.avstack.system.mqtt.MqttTestSupport.greyFrame;
import static io.avstack.system.mqtt.MqttTestSupport.megabyteFrame;
import static io.avstack.system.mqtt.MqttTestSupport.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.bus.SubscribeOptions;
import io.avstack.core.bus.Subscription;
import io.avstack.core.bus.TopicMonitor;
import io.avstack.core.bus.mqtt.MqttBus;
import io.avstack.core.bus.mqtt.MqttSettings;
import io.avstack.core.codec.ProtoCodec;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.time.ManualClock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What {@link MqttBus} must do against any MQTT 3.1.1 broker. Each broker gets a subclass that
 * starts one broker for the class (stopping HiveMQ takes seconds) and can replace it with a new one
 * on the same port. Every test makes its own buses with fresh client ids.
 */
@Timeout(90)
abstract class MqttBusContract {

    private static final AtomicInteger CLIENTS = new AtomicInteger();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    /** {@code tcp://127.0.0.1:<port>} of the running broker; the same before and after a restart. */
    abstract String brokerUrl();

    /** Stops the broker; connected clients see their connection drop. */
    abstract void stopBroker() throws Exception;

    /** Starts a new broker on the port of the stopped one. */
    abstract void startBrokerAgain() throws Exception;

    /** A connected bus with a unique client id, closed after the test. */
    MqttBus connectedBus(String role) throws InterruptedException {
        return connectedBus(role, UnaryOperator.identity());
    }

    MqttBus connectedBus(String role, UnaryOperator<MqttSettings> adjust) throws InterruptedException {
        MqttSettings settings = MqttTestSupport.settings(brokerUrl(), role + "-" + CLIENTS.incrementAndGet());
        MqttBus bus = MqttBus.connect(adjust.apply(settings), REGISTRY);
        toClose.add(bus);
        assertThat(bus.awaitConnected(WAIT)).as("%s connects to %s", role, brokerUrl()).isTrue();
        return bus;
    }

    @AfterEach
    void closeClients() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
        toClose.clear();
    }

    @Test
    void aMessageCrossesTheBrokerUnchanged() throws Exception {
        MqttBus publisher = connectedBus("pub");
        MqttBus subscriber = connectedBus("sub");
        Inbox inbox = new Inbox();
        subscriber.subscribe(STATUS, inbox);

        publisher.publish(STATUS, status(7));

        assertThat(inbox.awaitCount(1, WAIT)).isTrue();
        assertThat(inbox.messages()).containsExactly(status(7));
        assertThat(inbox.topics()).containsExactly(STATUS);
        assertThat(publisher.stats().published()).isEqualTo(1);
        assertThat(publisher.stats().droppedDisconnected()).isZero();
    }

    /**
     * A loopback topic (the stack's own command in a split deployment) reaches this process's
     * subscriber once, without the broker, and every other client through the broker; a copy that
     * another client publishes on it does not come back in.
     */
    @Test
    void loopbackTopicsGoToThisProcessDirectlyAndToOtherClientsThroughTheBroker() throws Exception {
        MqttSettings settings = MqttTestSupport.settings(brokerUrl(), "loop-" + CLIENTS.incrementAndGet());
        MqttBus stack = MqttBus.connect(settings, REGISTRY, java.util.Set.of(COMMAND));
        toClose.add(stack);
        assertThat(stack.awaitConnected(WAIT)).isTrue();
        MqttBus other = connectedBus("other");
        Inbox own = new Inbox();
        Inbox statuses = new Inbox();
        Inbox remote = new Inbox();
        stack.subscribe("avstack/ego/#", SubscribeOptions.named("own").withQueueCapacity(100), own);
        stack.subscribe(STATUS, statuses);
        other.subscribe(COMMAND, SubscribeOptions.named("remote").withQueueCapacity(100), remote);

        stack.publish(COMMAND, command(1));
        other.publish(COMMAND, command(2)); // not subscribed on the wire: never arrives
        other.publish(STATUS, status(3));   // not a loopback topic: through the broker as usual

        assertThat(statuses.awaitCount(1, WAIT)).isTrue();
        // two publishers, two connections: no order between 1 and 2 at the other client
        assertThat(remote.awaitCount(2, WAIT)).isTrue();
        assertThat(remote.seqs()).containsExactlyInAnyOrder(1L, 2L);
        // the other's status follows its command on one connection: a wire copy of the command would come first
        assertThat(own.awaitAny(m -> m.header().seq() == 3, WAIT)).isTrue();
        assertThat(own.seqs()).as("the own command once, the other's status, not the other's command")
                .containsExactlyInAnyOrder(1L, 3L);
        assertThat(stack.stats().published()).isEqualTo(1);
        assertThat(stack.stats().droppedDisconnected()).isZero();
    }

    @Test
    void closingRightAfterPublishingStillDeliversEverything() throws Exception {
        int n = 200;
        MqttBus publisher = connectedBus("pub", s -> s.withMaxInflight(4 * n));
        MqttBus subscriber = connectedBus("sub");
        Inbox inbox = new Inbox();
        subscriber.subscribe(LIDAR, SubscribeOptions.named("scans").withQueueCapacity(1_000), inbox);
        for (int i = 0; i < n; i++) {
            publisher.publish(LIDAR, emptyScan(i));
        }
        publisher.close(); // a drivers process at the end of its files: the last scans must not be lost
        assertThat(inbox.awaitCount(n, WAIT)).as("received %d of %d", inbox.messages().size(), n).isTrue();
    }

    @Test
    void eachTopicKeepsItsOrder() throws Exception {
        int n = 300;
        // A burst this size exceeds the default in-flight bound, which would drop (and count) the rest.
        MqttBus publisher = connectedBus("pub", s -> s.withMaxInflight(4 * n));
        MqttBus subscriber = connectedBus("sub");
        Inbox statuses = new Inbox();
        Inbox commands = new Inbox();
        // Queues long enough that latest-wins never drops: this test is about order.
        subscriber.subscribe(STATUS, SubscribeOptions.named("statuses").withQueueCapacity(1_000), statuses);
        subscriber.subscribe(COMMAND, SubscribeOptions.named("commands").withQueueCapacity(1_000), commands);

        for (int i = 0; i < n; i++) {
            publisher.publish(STATUS, status(i));
            publisher.publish(COMMAND, command(i));
        }
        assertThat(publisher.stats().droppedDisconnected()).isZero();

        assertThat(statuses.awaitCount(n, WAIT)).as("all QoS 1 statuses").isTrue();
        assertThat(statuses.seqs()).hasSize(n).isSorted().doesNotHaveDuplicates();
        assertThat(commands.awaitAny(m -> m.header().seq() == n - 1, WAIT)).as("the last QoS 0 command").isTrue();
        assertThat(commands.seqs()).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void wildcardFiltersReceiveTheMatchingTopicsOnly() throws Exception {
        MqttBus publisher = connectedBus("pub");
        MqttBus subscriber = connectedBus("sub");
        Inbox fronts = new Inbox();
        Inbox everything = new Inbox();
        subscriber.subscribe("avstack/ego/sensor/+/front", SubscribeOptions.named("fronts").withQueueCapacity(10), fronts);
        subscriber.subscribe("avstack/ego/#", SubscribeOptions.named("all").withQueueCapacity(10), everything);

        publisher.publish(LIDAR, emptyScan(1));
        publisher.publish(STATUS, status(2));
        publisher.publish(CAMERA, megabyteFrame(3));

        assertThat(everything.awaitCount(3, WAIT)).isTrue();
        assertThat(everything.topics()).containsExactlyInAnyOrder(LIDAR, STATUS, CAMERA);
        assertThat(fronts.awaitCount(1, WAIT)).isTrue();
        assertThat(fronts.topics()).containsExactly(CAMERA);
    }

    @Test
    void overlappingSubscriptionsEachSeeEveryMessageOnce() throws Exception {
        MqttBus publisher = connectedBus("pub");
        MqttBus subscriber = connectedBus("sub");
        SubscribeOptions roomy = SubscribeOptions.named("overlap").withQueueCapacity(100);
        Inbox all = new Inbox();
        Inbox exact = new Inbox();
        Inbox area = new Inbox();
        subscriber.subscribe("avstack/ego/#", roomy, all);
        subscriber.subscribe(STATUS, roomy, exact);
        subscriber.subscribe("avstack/ego/safety/+", roomy, area);

        int n = 20;
        for (int i = 0; i < n; i++) {
            publisher.publish(STATUS, status(i));
        }
        // One more after them: a duplicate of any earlier message would arrive before it.
        publisher.publish(STATUS, status(n));

        for (Inbox inbox : List.of(all, exact, area)) {
            assertThat(inbox.awaitAny(m -> m.header().seq() == n, WAIT)).isTrue();
            assertThat(inbox.seqs()).hasSize(n + 1).doesNotHaveDuplicates();
        }
    }

    @Test
    void aSlowSubscriberLosesOldSensorFramesButNeverBlocksThePublisher() throws Exception {
        int n = 50;
        MqttBus publisher = connectedBus("pub");
        MqttBus subscriber = connectedBus("sub");
        CountDownLatch release = new CountDownLatch(1);
        List<Long> seen = Collections.synchronizedList(new ArrayList<>());
        Subscription slow = subscriber.subscribe(CAMERA, SubscribeOptions.named("slow-detector"), (topic, m) -> {
            seen.add(m.header().seq());
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        for (int i = 0; i < n; i++) {
            publisher.publish(CAMERA, greyFrame(i, 64, 48)); // returns although the handler is stuck
        }
        awaitUntil("all frames reached the subscriber's client",
                () -> subscriber.connectionStats().received() >= n, WAIT);
        release.countDown();
        awaitUntil("the newest frame is delivered", () -> seen.contains((long) n - 1), WAIT);

        assertThat(publisher.stats().droppedDisconnected()).isZero();
        assertThat(slow.dropped()).as("old frames dropped, latest wins").isPositive();
        assertThat(seen.size()).isLessThan(n);
        assertThat(seen).isSorted();
    }

    @Test
    void healthFlagsFollowTheTopicOverMqtt() throws Exception {
        MqttBus publisher = connectedBus("pub");
        MqttBus subscriber = connectedBus("sub");
        ManualClock clock = new ManualClock(1_000_000_000L);
        try (TopicMonitor monitor = TopicMonitor.builder()
                .setBus(subscriber).setRegistry(REGISTRY).setClock(clock).addTopic(COMMAND).build()) {
            monitor.update(clock.nowNs());
            assertThat(monitor.alive(COMMAND)).as("nothing received yet").isFalse();

            publisher.publish(COMMAND, command(1));
            awaitUntil("the command arrives", () -> {
                monitor.update(clock.nowNs());
                return monitor.updated(COMMAND);
            }, WAIT);
            assertThat(monitor.alive(COMMAND)).isTrue();
            assertThat(monitor.valid(COMMAND)).isTrue();

            long periodNs = REGISTRY.spec(COMMAND).periodNs();
            clock.advanceNs(10 * periodNs + 1); // silent for longer than 10 periods
            monitor.update(clock.nowNs());
            assertThat(monitor.alive(COMMAND)).as("silent topic is dead").isFalse();
            assertThat(monitor.valid(COMMAND)).isFalse();

            publisher.publish(COMMAND, command(2));
            awaitUntil("the topic comes back", () -> {
                monitor.update(clock.nowNs());
                return monitor.alive(COMMAND);
            }, WAIT);
        }
    }

    @Test
    void megabytePayloadsArriveIntact() throws Exception {
        MqttBus publisher = connectedBus("pub");
        MqttBus subscriber = connectedBus("sub");
        Inbox frames = new Inbox();
        subscriber.subscribe(CAMERA, SubscribeOptions.named("frames").withQueueCapacity(10), frames);

        for (int i = 0; i < 5; i++) {
            // Four 1 MiB frames and one of 2 MiB, the largest payload the stack sends over MQTT.
            CameraFrame frame = i == 4 ? greyFrame(i, 2048, 1024) : megabyteFrame(i);
            publisher.publish(CAMERA, frame);
            // One at a time: QoS 0 may be shed by a broker whose per-client queue fills.
            assertThat(frames.awaitAny(frame::equals, WAIT)).as("frame %d intact", i).isTrue();
        }
        assertThat(subscriber.stats().malformed()).isZero();
    }

    @Test
    void malformedPayloadsAreCountedAndDeliveryGoesOn() throws Exception {
        MqttBus subscriber = connectedBus("sub");
        MqttBus publisher = connectedBus("pub");
        Inbox inbox = new Inbox();
        subscriber.subscribe(STATUS, inbox);

        MqttClient raw = new MqttClient(brokerUrl(), "raw-" + CLIENTS.incrementAndGet(), new MemoryPersistence());
        try {
            MqttConnectOptions options = new MqttConnectOptions();
            options.setCleanSession(true);
            raw.connect(options);
            raw.publish(STATUS, new byte[] {(byte) 0xff, 0x13, 0x37, 0x00, 0x42}, 1, false); // not protobuf
            raw.publish(STATUS, ProtoCodec.INSTANCE.encode(command(1)), 1, false);         // wrong type
            raw.publish(STATUS, new byte[0], 1, false);                                     // empty
            raw.disconnect();
        } finally {
            raw.close();
        }
        awaitUntil("3 malformed counted", () -> subscriber.stats().malformed() == 3, WAIT);

        publisher.publish(STATUS, status(5));
        assertThat(inbox.awaitCount(1, WAIT)).isTrue();
        assertThat(inbox.messages()).containsExactly(status(5));
        assertThat(subscriber.connected()).isTrue();
    }

    @Test
    void closingOneSubscriptionKeepsAnotherOnTheSameTopic() throws Exception {
        MqttBus publisher = connectedBus("pub");
        MqttBus subscriber = connectedBus("sub");
        Inbox first = new Inbox();
        Inbox second = new Inbox();
        Subscription a = subscriber.subscribe(STATUS, first);
        subscriber.subscribe(STATUS, second);

        publisher.publish(STATUS, status(1));
        assertThat(first.awaitCount(1, WAIT)).isTrue();
        assertThat(second.awaitCount(1, WAIT)).isTrue();

        a.close();
        publisher.publish(STATUS, status(2));
        assertThat(second.awaitCount(2, WAIT)).isTrue();
        assertThat(first.seqs()).containsExactly(1L);
    }

    @Test
    void outageDropsPublishesWithoutBlockingAndReconnectResubscribes() throws Exception {
        MqttBus publisher = connectedBus("pub");
        MqttBus subscriber = connectedBus("sub");
        Inbox inbox = new Inbox();
        subscriber.subscribe(STATUS, SubscribeOptions.named("outage").withQueueCapacity(100), inbox);
        publisher.publish(STATUS, status(1));
        assertThat(inbox.awaitCount(1, WAIT)).isTrue();

        stopBroker();
        try {
            awaitUntil("both clients notice the outage", () -> !publisher.connected() && !subscriber.connected(), WAIT);
            long droppedBefore = publisher.stats().droppedDisconnected();
            for (int i = 0; i < 10; i++) {
                publisher.publish(STATUS, status(100 + i)); // returns at once; the class timeout guards a hang
            }
            assertThat(publisher.stats().droppedDisconnected()).isEqualTo(droppedBefore + 10);
        } finally {
            startBrokerAgain();
        }

        assertThat(publisher.awaitConnected(WAIT)).as("publisher reconnects").isTrue();
        assertThat(subscriber.awaitConnected(WAIT)).as("subscriber reconnects and resubscribes").isTrue();
        publisher.publish(STATUS, status(2));
        assertThat(inbox.awaitAny(m -> m.header().seq() == 2, WAIT)).as("messages flow again").isTrue();
        assertThat(inbox.seqs()).containsExactly(1L, 2L);
        assertThat(publisher.connectionStats().reconnects()).isGreaterThanOrEqualTo(1);
        assertThat(subscriber.connectionStats().reconnects()).isGreaterThanOrEqualTo(1);
        assertThat(subscriber.connectionStats().connectionLosses()).isGreaterThanOrEqualTo(1);
    }
}
