package io.avstack.core.bus;

import static io.avstack.core.bus.TestTopics.LIDAR;
import static io.avstack.core.bus.TestTopics.REGISTRY;
import static io.avstack.core.bus.TestTopics.ping;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link Bus#tap}: every message at its arrival, on the publishing thread, before any queue. */
class BusTapTest {

    @Test
    void onAnAsynchronousBusATapSeesEveryMessageOnThePublishersThreadWhileASubscriberIsStuck() throws Exception {
        try (InProcessBus bus = InProcessBus.asynchronous(REGISTRY)) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch stuck = new CountDownLatch(1);
            Subscription slow = bus.subscribe(LIDAR, SubscribeOptions.named("slow"), (t, m) -> {
                stuck.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            List<Long> tapped = new CopyOnWriteArrayList<>();
            List<Thread> threads = new CopyOnWriteArrayList<>();
            bus.tap(LIDAR, "monitor", (t, m) -> {
                tapped.add(m.header().seq());
                threads.add(Thread.currentThread());
            });
            bus.publish(LIDAR, ping(0));
            assertThat(stuck.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 1; i <= 20; i++) {
                bus.publish(LIDAR, ping(i));
            }
            assertThat(tapped).as("all, in order, at once").hasSize(21).isSorted();
            assertThat(threads).containsOnly(Thread.currentThread());
            assertThat(slow.dropped()).as("the stuck latest-wins subscriber lost most").isGreaterThan(10);
            release.countDown();
        }
    }

    @Test
    void aTapThatThrowsIsCountedAndDeliveryGoesOn() throws Exception {
        try (InProcessBus bus = InProcessBus.asynchronous(REGISTRY)) {
            CountDownLatch got = new CountDownLatch(2);
            bus.subscribe(LIDAR, SubscribeOptions.named("normal").withQueueCapacity(10), (t, m) -> got.countDown());
            bus.tap(LIDAR, "bad", (t, m) -> {
                throw new IllegalStateException("tap bug");
            });
            bus.publish(LIDAR, ping(1));
            bus.publish(LIDAR, ping(2));
            assertThat(got.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(bus.stats().handlerErrors()).isEqualTo(2);
        }
    }

    @Test
    void onASynchronousBusATapIsAnOrdinarySubscription() {
        try (InProcessBus bus = InProcessBus.synchronous(REGISTRY)) {
            List<String> order = new CopyOnWriteArrayList<>();
            bus.tap(LIDAR, "monitor", (t, m) -> order.add("tap"));
            bus.subscribe(LIDAR, (t, m) -> order.add("subscriber"));
            bus.publish(LIDAR, ping(1));
            assertThat(order).containsExactly("tap", "subscriber");
        }
    }
}
