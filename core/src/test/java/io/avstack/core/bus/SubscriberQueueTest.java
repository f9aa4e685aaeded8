package io.avstack.core.bus;

import io.avstack.core.msg.Message;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static io.avstack.core.bus.TestTopics.ping;
import static org.assertj.core.api.Assertions.assertThat;

class SubscriberQueueTest {

    private final SubscriberQueue queue = new SubscriberQueue(new String[]{"a", "b"}, new int[]{1, 3});
    private final SubscriberQueue.Slot slot = new SubscriberQueue.Slot();

    @Test
    void fullLaneDropsItsOldestOnly() throws InterruptedException {
        assertThat(queue.offer(0, ping(1))).isFalse();
        assertThat(queue.offer(1, ping(2))).isFalse();
        assertThat(queue.offer(0, ping(3))).isTrue();   // lane a (capacity 1): latest wins
        assertThat(queue.offer(1, ping(4))).isFalse();
        assertThat(queue.offer(1, ping(5))).isFalse();
        assertThat(queue.offer(1, ping(6))).isTrue();   // lane b full: drops 2
        assertThat(queue.size()).isEqualTo(4);

        // Arrival order across lanes: 3 (a) came before 4, 5, 6 (b).
        assertThat(drain()).containsExactly("a:3", "b:4", "b:5", "b:6");
    }

    @Test
    void keepsArrivalOrderAcrossLanes() throws InterruptedException {
        queue.offer(1, ping(1));
        queue.offer(0, ping(2));
        queue.offer(1, ping(3));
        assertThat(drain()).containsExactly("b:1", "a:2", "b:3");
    }

    @Test
    void takeWaitsForAnOfferAndCloseReleasesIt() throws InterruptedException {
        AtomicReference<String> got = new AtomicReference<>();
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread consumer = Thread.ofPlatform().start(() -> {
            SubscriberQueue.Slot s = new SubscriberQueue.Slot();
            while (queue.take(s)) {
                got.set(s.topic + ":" + TestTopics.value(s.message));
                taken.countDown();
            }
            done.countDown();
        });
        queue.offer(1, ping(7));
        assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(got.get()).isEqualTo("b:7");
        queue.close();
        assertThat(done.await(10, TimeUnit.SECONDS)).as("close wakes a waiting take").isTrue();
        consumer.join();
        assertThat(queue.offer(0, ping(8))).as("offers after close are discarded, not counted").isFalse();
        assertThat(queue.size()).isZero();
    }

    @Test
    void closeDiscardsQueuedMessages() throws InterruptedException {
        queue.offer(0, ping(1));
        queue.offer(1, ping(2));
        queue.close();
        assertThat(queue.take(slot)).isFalse();
        assertThat(queue.size()).isZero();
    }

    private java.util.List<String> drain() throws InterruptedException {
        java.util.List<String> out = new java.util.ArrayList<>();
        while (queue.poll(slot, 0)) {
            Message m = slot.message;
            out.add(slot.topic + ":" + TestTopics.value(m));
        }
        return out;
    }
}
