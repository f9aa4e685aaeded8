package io.avstack.core.bus;

import io.avstack.core.msg.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static io.avstack.core.bus.TestTopics.CAMERA;
import static io.avstack.core.bus.TestTopics.LIDAR;
import static io.avstack.core.bus.TestTopics.OBJECTS;
import static io.avstack.core.bus.TestTopics.OTHER_CAMERA;
import static io.avstack.core.bus.TestTopics.REGISTRY;
import static io.avstack.core.bus.TestTopics.STATUS;
import static io.avstack.core.bus.TestTopics.STATUS_CAPACITY;
import static io.avstack.core.bus.TestTopics.ping;
import static io.avstack.core.bus.TestTopics.pong;
import static io.avstack.core.bus.TestTopics.value;
import static org.assertj.core.api.Assertions.assertThat;

class InProcessBusAsyncTest {

    private static final long WAIT_S = 10;

    private final InProcessBus bus = InProcessBus.asynchronous(REGISTRY);

    @AfterEach
    void close() {
        bus.close();
    }

    @Test
    void queuedTopicArrivesCompleteAndInOrder() throws InterruptedException {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        CountDownLatch all = new CountDownLatch(50);
        bus.subscribe(OBJECTS, (t, m) -> {
            seen.add(value(m));
            all.countDown();
        });
        for (int i = 0; i < 50; i++) {
            bus.publish(OBJECTS, pong(i));
        }
        assertThat(all.await(WAIT_S, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).isSortedAccordingTo(Integer::compare).hasSize(50).startsWith(0).endsWith(49);
    }

    @Test
    void sensorTopicKeepsOrderAndEndsWithTheLatest() throws InterruptedException {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        CountDownLatch last = new CountDownLatch(1);
        bus.subscribe(CAMERA, (t, m) -> {
            seen.add(value(m));
            if (value(m) == 499) {
                last.countDown();
            }
        });
        for (int i = 0; i < 500; i++) {
            bus.publish(CAMERA, ping(i));
        }
        assertThat(last.await(WAIT_S, TimeUnit.SECONDS)).as("the latest frame is never dropped").isTrue();
        assertThat(seen).doesNotHaveDuplicates().isSortedAccordingTo(Integer::compare).endsWith(499);
        bus.close(); // joins the delivery thread, so the last delivery has been counted
        assertThat(bus.stats().delivered() + bus.stats().droppedQueueFull()).isEqualTo(500);
    }

    @Test
    void slowSubscriberLosesOldFramesNotTheLatestAndNeverBlocksThePublisher() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch gotLatest = new CountDownLatch(1);
        List<String> seen = new CopyOnWriteArrayList<>();
        Subscription slow = bus.subscribe("avstack/ego/sensor/#", SubscribeOptions.named("slow"), (t, m) -> {
            seen.add(t.substring(t.lastIndexOf('/', t.lastIndexOf('/') - 1) + 1) + ":" + value(m));
            entered.countDown();
            await(release);
            if (t.equals(CAMERA) && value(m) == 1000) {
                gotLatest.countDown();
            }
        });
        bus.publish(CAMERA, ping(0));
        assertThat(entered.await(WAIT_S, TimeUnit.SECONDS)).isTrue();

        // The handler is stuck on frame 0. A publisher thread pushes 1000 more frames (and one lidar
        // scan): it must finish while the handler is still blocked.
        CountDownLatch published = new CountDownLatch(1);
        Thread.ofPlatform().name("publisher").start(() -> {
            bus.publish(LIDAR, ping(5));
            for (int i = 1; i <= 1000; i++) {
                bus.publish(CAMERA, ping(i));
            }
            published.countDown();
        });
        assertThat(published.await(WAIT_S, TimeUnit.SECONDS)).as("publisher never blocks").isTrue();
        assertThat(release.getCount()).as("handler still blocked while publishing").isEqualTo(1);

        // Camera lane (capacity 1) kept only frame 1000: 1..999 dropped. The lidar lane is separate,
        // so the camera burst did not evict the lidar scan.
        assertThat(slow.dropped()).isEqualTo(999);
        assertThat(bus.stats().droppedQueueFull()).isEqualTo(999);

        release.countDown();
        assertThat(gotLatest.await(WAIT_S, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly("camera/front:0", "lidar/top:5", "camera/front:1000");
        bus.close();
        assertThat(slow.delivered()).isEqualTo(3);
    }

    @Test
    void queuedTopicOverflowDropsOldestAndIsCounted() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1 + STATUS_CAPACITY);
        List<Integer> seen = new CopyOnWriteArrayList<>();
        Subscription s = bus.subscribe(STATUS, (t, m) -> {
            seen.add(value(m));
            entered.countDown();
            await(release);
            done.countDown();
        });
        bus.publish(STATUS, pong(0));
        assertThat(entered.await(WAIT_S, TimeUnit.SECONDS)).isTrue();
        for (int i = 1; i <= 10; i++) {
            bus.publish(STATUS, pong(i));
        }
        assertThat(s.dropped()).isEqualTo(10 - STATUS_CAPACITY);
        assertThat(bus.stats().droppedQueueFull()).isEqualTo(10 - STATUS_CAPACITY);
        release.countDown();
        assertThat(done.await(WAIT_S, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly(0, 7, 8, 9, 10);
    }

    @Test
    void subscriberCanAskForALongerQueue() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(4);
        List<Integer> seen = new CopyOnWriteArrayList<>();
        Subscription s = bus.subscribe(CAMERA, SubscribeOptions.named("recorder").withQueueCapacity(3), (t, m) -> {
            seen.add(value(m));
            entered.countDown();
            await(release);
            done.countDown();
        });
        bus.publish(CAMERA, ping(0));
        assertThat(entered.await(WAIT_S, TimeUnit.SECONDS)).isTrue();
        for (int i = 1; i <= 4; i++) {
            bus.publish(CAMERA, ping(i));
        }
        release.countDown();
        assertThat(done.await(WAIT_S, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly(0, 2, 3, 4);
        assertThat(s.dropped()).isEqualTo(1);
    }

    @Test
    void handlerExceptionIsCountedAndTheThreadKeepsDelivering() throws InterruptedException {
        CountDownLatch third = new CountDownLatch(1);
        bus.subscribe(OBJECTS, (t, m) -> {
            if (value(m) == 1) {
                throw new IllegalStateException("boom");
            }
            if (value(m) == 3) {
                third.countDown();
            }
        });
        for (int i = 0; i <= 3; i++) {
            bus.publish(OBJECTS, pong(i));
        }
        assertThat(third.await(WAIT_S, TimeUnit.SECONDS)).isTrue();
        bus.close();
        assertThat(bus.stats().handlerErrors()).isEqualTo(1);
        assertThat(bus.stats().delivered()).isEqualTo(3);
    }

    @Test
    void wildcardSubscriptionsReceiveEveryMatchingTopicAndTheSameInstance() throws InterruptedException {
        List<String> cameras = new CopyOnWriteArrayList<>();
        List<String> ego = new CopyOnWriteArrayList<>();
        AtomicReference<Message> received = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(2 + 3);
        bus.subscribe("avstack/+/sensor/camera/front", SubscribeOptions.named("cameras"), (t, m) -> {
            cameras.add(t);
            if (t.equals(CAMERA)) {
                received.set(m);
            }
            done.countDown();
        });
        bus.subscribe("avstack/ego/#", SubscribeOptions.named("recorder").withQueueCapacity(16), (t, m) -> {
            ego.add(t);
            done.countDown();
        });
        Message frame = ping(1);
        bus.publish(CAMERA, frame);
        bus.publish(OTHER_CAMERA, ping(2));
        bus.publish(LIDAR, ping(3));
        bus.publish(OBJECTS, pong(4));
        assertThat(done.await(WAIT_S, TimeUnit.SECONDS)).isTrue();
        assertThat(cameras).containsExactly(CAMERA, OTHER_CAMERA);
        assertThat(ego).containsExactly(CAMERA, LIDAR, OBJECTS);
        assertThat(received.get()).isSameAs(frame);
    }

    @Test
    void queuedCountsWhatWaitsBehindABusyHandler() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch all = new CountDownLatch(4);
        Subscription s = bus.subscribe(OBJECTS, (t, m) -> {
            entered.countDown();
            await(release);
            all.countDown();
        });
        bus.publish(OBJECTS, pong(0));
        await(entered);
        for (int i = 1; i < 4; i++) {
            bus.publish(OBJECTS, pong(i));
        }
        assertThat(s.queued()).isEqualTo(3);
        release.countDown();
        await(all);
        assertThat(s.queued()).isZero();
    }

    @Test
    void closeStopsDeliveryThreads() throws InterruptedException {
        AtomicReference<Thread> deliveryThread = new AtomicReference<>();
        CountDownLatch first = new CountDownLatch(1);
        bus.subscribe(OBJECTS, SubscribeOptions.named("node"), (t, m) -> {
            deliveryThread.set(Thread.currentThread());
            first.countDown();
        });
        bus.publish(OBJECTS, pong(1));
        assertThat(first.await(WAIT_S, TimeUnit.SECONDS)).isTrue();
        assertThat(deliveryThread.get().getName()).isEqualTo("bus-node");
        bus.close();
        assertThat(deliveryThread.get().isAlive()).as("close joins the delivery thread").isFalse();
    }

    @Test
    void subscriptionMayCloseItselfFromItsHandler() throws InterruptedException {
        AtomicReference<Subscription> self = new AtomicReference<>();
        AtomicReference<Thread> deliveryThread = new AtomicReference<>();
        CountDownLatch first = new CountDownLatch(1);
        self.set(bus.subscribe(OBJECTS, (t, m) -> {
            deliveryThread.set(Thread.currentThread());
            self.get().close();
            first.countDown();
        }));
        bus.publish(OBJECTS, pong(1));
        assertThat(first.await(WAIT_S, TimeUnit.SECONDS)).isTrue();
        deliveryThread.get().join(TimeUnit.SECONDS.toMillis(WAIT_S));
        assertThat(deliveryThread.get().isAlive()).isFalse();
        bus.publish(OBJECTS, pong(2));
        assertThat(self.get().delivered()).isEqualTo(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(WAIT_S, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
