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
import io.avstack.vehicle.run.Drain;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** At the end of a run the recorder's queue is drained, with a bound, instead of a fixed sleep. */
class DrainTest {

    private static final String TOPIC = TopicNames.topic("ego", StandardTopics.CONTROL_COMMAND);

    @Test
    void waitsUntilASlowSubscriberHasHandledEverythingQueued() throws Exception {
        try (InProcessBus bus = InProcessBus.asynchronous(TopicRegistry.standard("ego"))) {
            AtomicInteger handled = new AtomicInteger();
            Subscription s = bus.subscribe(TOPIC, SubscribeOptions.named("slow").withQueueCapacity(100), (t, m) -> {
                try {
                    Thread.sleep(5); // e.g. a disk write
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                handled.incrementAndGet();
            });
            for (int i = 0; i < 60; i++) {
                bus.publish(TOPIC, new ControlCommand(Header.of("base_link", i, i), 0, 0));
            }
            assertThat(Drain.await(s, Duration.ofSeconds(30))).isTrue();
            assertThat(handled.get()).isEqualTo(60);
            assertThat(s.queued()).isZero();
        }
    }

    @Test
    void givesUpAtTheBoundWhenTheSubscriberIsStuck() throws Exception {
        try (InProcessBus bus = InProcessBus.asynchronous(TopicRegistry.standard("ego"))) {
            CountDownLatch release = new CountDownLatch(1);
            Subscription s = bus.subscribe(TOPIC, SubscribeOptions.named("stuck").withQueueCapacity(100), (t, m) -> {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            for (int i = 0; i < 5; i++) {
                bus.publish(TOPIC, new ControlCommand(Header.of("base_link", i, i), 0, 0));
            }
            assertThat(Drain.await(s, Duration.ofMillis(300))).isFalse();
            assertThat(s.queued()).isPositive();
            release.countDown();
            assertThat(Drain.await(s, Duration.ofSeconds(30))).isTrue();
        }
    }
}
