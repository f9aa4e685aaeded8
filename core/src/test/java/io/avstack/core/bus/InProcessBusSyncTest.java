package io.avstack.core.bus;

import io.avstack.core.msg.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.avstack.core.bus.TestTopics.CAMERA;
import static io.avstack.core.bus.TestTopics.LIDAR;
import static io.avstack.core.bus.TestTopics.OBJECTS;
import static io.avstack.core.bus.TestTopics.REGISTRY;
import static io.avstack.core.bus.TestTopics.STATUS;
import static io.avstack.core.bus.TestTopics.ping;
import static io.avstack.core.bus.TestTopics.pong;
import static io.avstack.core.bus.TestTopics.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InProcessBusSyncTest {

    private final InProcessBus bus = InProcessBus.synchronous(REGISTRY);

    @AfterEach
    void close() {
        bus.close();
    }

    @Test
    void deliversOnTheCallersThreadInSubscriptionOrderBeforePublishReturns() {
        List<String> log = new ArrayList<>();
        Thread caller = Thread.currentThread();
        bus.subscribe(CAMERA, SubscribeOptions.named("first"), (t, m) -> {
            assertThat(Thread.currentThread()).isSameAs(caller);
            log.add("first:" + value(m));
        });
        bus.subscribe("avstack/ego/sensor/#", SubscribeOptions.named("second"), (t, m) -> log.add("second:" + value(m)));
        for (int i = 0; i < 3; i++) {
            bus.publish(CAMERA, ping(i));
        }
        assertThat(log).containsExactly("first:0", "second:0", "first:1", "second:1", "first:2", "second:2");
        assertThat(bus.stats()).isEqualTo(new BusStats(3, 6, 0, 0, 0, 0));
    }

    @Test
    void handsTheSameInstanceToEverySubscriber() {
        List<Message> seen = new ArrayList<>();
        bus.subscribe(CAMERA, (t, m) -> seen.add(m));
        bus.subscribe("avstack/+/sensor/camera/front", (t, m) -> seen.add(m));
        Message frame = ping(1);
        bus.publish(CAMERA, frame);
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isSameAs(frame);
        assertThat(seen.get(1)).isSameAs(frame);
    }

    @Test
    void reentrantPublishIsBreadthFirstAndTheSameEveryRun() {
        List<String> first = runCascade();
        List<String> second = runCascade();
        // Camera 0 reaches both subscribers before anything published from inside the handlers;
        // those follow in the order they were published (FIFO), then theirs.
        assertThat(first).containsExactly(
                "A:camera:0", "B:camera:0",
                "C:objects:100", "C:objects:200", "D:status:1000", "D:status:2000");
        assertThat(second).isEqualTo(first);
    }

    private static List<String> runCascade() {
        List<String> log = new ArrayList<>();
        try (InProcessBus b = InProcessBus.synchronous(REGISTRY)) {
            b.subscribe(CAMERA, SubscribeOptions.named("a"), (t, m) -> {
                log.add("A:camera:" + value(m));
                b.publish(OBJECTS, pong(100));
            });
            b.subscribe(CAMERA, SubscribeOptions.named("b"), (t, m) -> {
                log.add("B:camera:" + value(m));
                b.publish(OBJECTS, pong(200));
            });
            b.subscribe(OBJECTS, SubscribeOptions.named("c"), (t, m) -> {
                log.add("C:objects:" + value(m));
                b.publish(STATUS, pong(value(m) * 10));
            });
            b.subscribe(STATUS, SubscribeOptions.named("d"), (t, m) -> log.add("D:status:" + value(m)));
            b.publish(CAMERA, ping(0));
            assertThat(b.stats().published()).isEqualTo(5);
            assertThat(b.stats().delivered()).isEqualTo(6);
        }
        return log;
    }

    @Test
    void handlerExceptionIsCountedAndDeliveryContinues() {
        List<Integer> later = new ArrayList<>();
        bus.subscribe(CAMERA, SubscribeOptions.named("faulty"), (t, m) -> {
            if (value(m) == 1) {
                throw new IllegalStateException("boom");
            }
        });
        bus.subscribe(CAMERA, SubscribeOptions.named("after"), (t, m) -> later.add(value(m)));
        for (int i = 0; i < 3; i++) {
            bus.publish(CAMERA, ping(i));
        }
        assertThat(later).containsExactly(0, 1, 2);
        assertThat(bus.stats().handlerErrors()).isEqualTo(1);
        assertThat(bus.stats().delivered()).isEqualTo(5);
    }

    @Test
    void subscriptionReportsCountsAndStopsWhenClosed() {
        List<Integer> seen = new ArrayList<>();
        Subscription s = bus.subscribe(LIDAR, (t, m) -> seen.add(value(m)));
        assertThat(s.filter()).isEqualTo(LIDAR);
        bus.publish(LIDAR, ping(1));
        s.close();
        s.close(); // idempotent
        bus.publish(LIDAR, ping(2));
        assertThat(seen).containsExactly(1);
        assertThat(s.delivered()).isEqualTo(1);
        assertThat(s.dropped()).isZero();
    }

    @Test
    void rejectsUnknownTopicsWrongTypesAndBadFilters() {
        assertThatThrownBy(() -> bus.publish("avstack/ego/sensor/radar/front", ping(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown topic 'avstack/ego/sensor/radar/front'");
        assertThatThrownBy(() -> bus.publish(CAMERA, pong(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(CAMERA).hasMessageContaining("ControlCommand").hasMessageContaining("SafetyStatus");
        assertThatThrownBy(() -> bus.subscribe("avstack/ego/sensor/#/front", (t, m) -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("avstack/ego/sensor/#/front");
        assertThatThrownBy(() -> bus.subscribe("avstack/ego/sensr/#", (t, m) -> { }))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("matches no registered topic");
        assertThat(bus.stats().published()).isZero();
    }

    @Test
    void closeIsIdempotentAndRejectsLaterUse() {
        bus.close();
        bus.close();
        assertThatThrownBy(() -> bus.publish(CAMERA, ping(1)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> bus.subscribe(CAMERA, (t, m) -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
}
