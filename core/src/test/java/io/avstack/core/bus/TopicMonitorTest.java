package io.avstack.core.bus;

import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.Message;
import io.avstack.core.time.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static io.avstack.core.bus.TestTopics.CAMERA;
import static io.avstack.core.bus.TestTopics.LIDAR;
import static io.avstack.core.bus.TestTopics.OBJECTS;
import static io.avstack.core.bus.TestTopics.REGISTRY;
import static io.avstack.core.bus.TestTopics.ping;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Driven by a synchronous bus and a {@link ManualClock}: fully deterministic. */
class TopicMonitorTest {

    private static final long MS = 1_000_000L;
    /** LIDAR is registered at 10 Hz. */
    private static final long LIDAR_PERIOD_NS = 100 * MS;

    private final ManualClock clock = new ManualClock(1_000 * MS);
    private final InProcessBus bus = InProcessBus.synchronous(REGISTRY);
    private final TopicMonitor monitor = TopicMonitor.builder().setBus(bus).setRegistry(REGISTRY).setClock(clock)
            .addTopics(LIDAR, CAMERA).optName("planner").build();

    /** A message stamped now on the test's clock, as a producer at its rate stamps them. */
    private ControlCommand stamped(int value) {
        return new ControlCommand(new Header("test", value, clock.nowNs(), true), 0.0, 0.0);
    }

    @AfterEach
    void close() {
        monitor.close();
        bus.close();
    }

    @Test
    void nothingBeforeTheFirstMessage() {
        monitor.update(clock.nowNs());
        assertThat(monitor.latest(LIDAR)).isNull();
        assertThat(monitor.updated(LIDAR)).isFalse();
        assertThat(monitor.alive(LIDAR)).isFalse();
        assertThat(monitor.valid(LIDAR)).isFalse();
        assertThat(monitor.freqOk(LIDAR)).isFalse();
        assertThat(monitor.lastArrivalNs(LIDAR)).isEqualTo(Long.MIN_VALUE);
        assertThat(monitor.allAliveAndValid()).isFalse();
        assertThat(monitor.topics()).containsExactly(LIDAR, CAMERA);
    }

    @Test
    void updatedMeansNewSinceThePreviousUpdate() {
        Message scan = ping(1);
        bus.publish(LIDAR, scan);
        monitor.update(clock.nowNs());
        assertThat(monitor.updated(LIDAR)).isTrue();
        assertThat(monitor.latest(LIDAR)).isSameAs(scan);
        assertThat(TestTopics.value(monitor.latest(LIDAR, TestTopics.PING))).isEqualTo(1);
        assertThat(monitor.updated(CAMERA)).isFalse();

        monitor.update(clock.advanceNs(LIDAR_PERIOD_NS));
        assertThat(monitor.updated(LIDAR)).isFalse();
        assertThat(monitor.latest(LIDAR)).as("latest is kept").isSameAs(scan);

        bus.publish(LIDAR, ping(2));
        bus.publish(LIDAR, ping(3));
        assertThat(monitor.latest(LIDAR)).as("snapshot changes only on update").isSameAs(scan);
        monitor.update(clock.nowNs());
        assertThat(monitor.updated(LIDAR)).isTrue();
        assertThat(TestTopics.value(monitor.latest(LIDAR, TestTopics.PING))).isEqualTo(3);
    }

    @Test
    void topicDiesAfterTenSilentPeriodsAndRevives() {
        bus.publish(LIDAR, ping(1));
        long arrivalNs = clock.nowNs();
        monitor.update(clock.nowNs());
        assertThat(monitor.alive(LIDAR)).isTrue();
        assertThat(monitor.lastArrivalNs(LIDAR)).isEqualTo(arrivalNs);

        clock.advanceNs(10 * LIDAR_PERIOD_NS);
        monitor.update(clock.nowNs());
        assertThat(monitor.alive(LIDAR)).as("exactly 10 periods: still alive").isTrue();

        clock.advanceNs(1);
        monitor.update(clock.nowNs());
        assertThat(monitor.alive(LIDAR)).isFalse();
        assertThat(monitor.valid(LIDAR)).as("a dead topic is not valid").isFalse();

        bus.publish(LIDAR, ping(2));
        monitor.update(clock.nowNs());
        assertThat(monitor.alive(LIDAR)).isTrue();
        assertThat(monitor.valid(LIDAR)).isTrue();
    }

    @Test
    void aliveFactorIsConfigurable() {
        try (TopicMonitor strict = TopicMonitor.builder().setBus(bus).setRegistry(REGISTRY).setClock(clock)
                .addTopic(LIDAR).optAliveFactor(3).build()) {
            bus.publish(LIDAR, ping(1));
            strict.update(clock.advanceNs(3 * LIDAR_PERIOD_NS));
            assertThat(strict.alive(LIDAR)).isTrue();
            strict.update(clock.advanceNs(1));
            assertThat(strict.alive(LIDAR)).isFalse();
        }
    }

    @Test
    void freqOkAtNominalRateAndNotAtAThird() {
        for (int i = 0; i < TopicMonitor.MIN_INTERVALS; i++) {
            bus.publish(LIDAR, stamped(i));
            clock.advanceNs(LIDAR_PERIOD_NS);
        }
        monitor.update(clock.nowNs());
        assertThat(monitor.freqOk(LIDAR)).as("too few intervals yet").isFalse();

        for (int i = 0; i < 20; i++) {
            bus.publish(LIDAR, stamped(i));
            monitor.update(clock.nowNs());
            clock.advanceNs(LIDAR_PERIOD_NS);
        }
        assertThat(monitor.measuredRateHz(LIDAR)).isCloseTo(10.0, within(1e-9));
        assertThat(monitor.freqOk(LIDAR)).isTrue();

        for (int i = 0; i < 20; i++) {
            bus.publish(LIDAR, stamped(i));
            monitor.update(clock.nowNs());
            clock.advanceNs(3 * LIDAR_PERIOD_NS);
        }
        assertThat(monitor.alive(LIDAR)).as("a third of the rate is still alive").isTrue();
        assertThat(monitor.measuredRateHz(LIDAR)).isCloseTo(10.0 / 3, within(1e-9));
        assertThat(monitor.freqOk(LIDAR)).isFalse();
    }

    @Test
    void afterAGapLongerThanTheAliveWindowTheRateIsTheResumedStreams() {
        for (int i = 0; i < 20; i++) {
            bus.publish(LIDAR, stamped(i));
            monitor.update(clock.nowNs());
            clock.advanceNs(LIDAR_PERIOD_NS);
        }
        assertThat(monitor.freqOk(LIDAR)).isTrue();
        clock.advanceNs(Math.round(2 * TopicMonitor.DEFAULT_ALIVE_FACTOR * LIDAR_PERIOD_NS)); // an outage
        monitor.update(clock.nowNs());
        assertThat(monitor.alive(LIDAR)).isFalse();
        bus.publish(LIDAR, stamped(20));
        monitor.update(clock.nowNs());
        assertThat(monitor.alive(LIDAR)).isTrue();
        assertThat(monitor.measuredRateHz(LIDAR)).as("no rate yet: the gap is not part of it").isZero();
        for (int i = 21; i < 21 + TopicMonitor.MIN_INTERVALS; i++) {
            clock.advanceNs(LIDAR_PERIOD_NS);
            bus.publish(LIDAR, stamped(i));
            monitor.update(clock.nowNs());
        }
        assertThat(monitor.measuredRateHz(LIDAR)).isCloseTo(10.0, within(1e-9));
        assertThat(monitor.freqOk(LIDAR)).isTrue();
    }

    /**
     * The rate is the producer's (header stamps): messages stamped every 100 ms but delivered in
     * bursts of three, 300 ms apart (a transport that stalls), are 10 Hz; messages delivered evenly
     * every 100 ms but stamped 300 ms apart (a producer at a third of its rate, or two of every three
     * lost on the way) are not.
     */
    @Test
    void theRateIsMeasuredOnTheProducersStampsNotOnArrival() {
        long t0 = clock.nowNs();
        for (int i = 0; i < 30; i++) {
            bus.publish(LIDAR, new ControlCommand(new Header("test", i, t0 + i * LIDAR_PERIOD_NS, true), 0.0, 0.0));
            if (i % 3 == 2) {
                clock.advanceNs(3 * LIDAR_PERIOD_NS);
            }
            monitor.update(clock.nowNs());
        }
        assertThat(monitor.measuredRateHz(LIDAR)).isCloseTo(10.0, within(1e-9));
        assertThat(monitor.freqOk(LIDAR)).isTrue();

        try (TopicMonitor slow = TopicMonitor.builder().setBus(bus).setRegistry(REGISTRY).setClock(clock)
                .addTopics(LIDAR).build()) {
            long t1 = clock.nowNs();
            for (int i = 0; i < 30; i++) {
                clock.advanceNs(LIDAR_PERIOD_NS);
                bus.publish(LIDAR, new ControlCommand(new Header("test", i, t1 + 3 * i * LIDAR_PERIOD_NS, true), 0.0,
                        0.0));
                slow.update(clock.nowNs());
            }
            assertThat(slow.measuredRateHz(LIDAR)).isCloseTo(10.0 / 3, within(1e-9));
            assertThat(slow.freqOk(LIDAR)).isFalse();
        }
    }

    @Test
    void freqOkRejectsTooFastToo() {
        for (int i = 0; i < 30; i++) {
            bus.publish(LIDAR, stamped(i));
            clock.advanceNs(LIDAR_PERIOD_NS / 2);
        }
        monitor.update(clock.nowNs());
        assertThat(monitor.measuredRateHz(LIDAR)).isCloseTo(20.0, within(1e-9));
        assertThat(monitor.freqOk(LIDAR)).isFalse();
    }

    @Test
    void aFloorRateAcceptsFasterButNotSlower() {
        String floor = "avstack/ego/fusion/objects";
        TopicRegistry registry = TopicRegistry.builder().addAtLeast(floor, TestTopics.PING, 10, DeliveryKind.SENSOR)
                .build();
        try (InProcessBus b = InProcessBus.synchronous(registry);
             TopicMonitor m = TopicMonitor.builder().setBus(b).setRegistry(registry).setClock(clock)
                     .addTopics(floor).build()) {
            for (int i = 0; i < 30; i++) { // 60 Hz, irregular: world models on detector results
                b.publish(floor, stamped(i));
                clock.advanceNs(i % 2 == 0 ? 10 * MS : 23 * MS);
            }
            m.update(clock.nowNs());
            assertThat(m.measuredRateHz(floor)).isGreaterThan(50.0);
            assertThat(m.freqOk(floor)).as("faster than the floor is fine").isTrue();
            for (int i = 0; i < 30; i++) {
                b.publish(floor, stamped(i));
                clock.advanceNs(2 * LIDAR_PERIOD_NS);
            }
            m.update(clock.nowNs());
            assertThat(m.measuredRateHz(floor)).isCloseTo(5.0, within(1e-9));
            assertThat(m.freqOk(floor)).as("slower than the floor is not").isFalse();
        }
    }

    @Test
    void validFollowsTheHeaderAndAllAliveAndValidNeedsEveryTopic() {
        bus.publish(LIDAR, ping(1, false));
        bus.publish(CAMERA, ping(1));
        monitor.update(clock.nowNs());
        assertThat(monitor.alive(LIDAR)).isTrue();
        assertThat(monitor.valid(LIDAR)).isFalse();
        assertThat(monitor.valid(CAMERA)).isTrue();
        assertThat(monitor.allAlive()).isTrue();
        assertThat(monitor.allValid()).isFalse();
        assertThat(monitor.allAliveAndValid()).isFalse();

        bus.publish(LIDAR, ping(2, true));
        monitor.update(clock.nowNs());
        assertThat(monitor.valid(LIDAR)).isTrue();
        assertThat(monitor.allAliveAndValid()).isTrue();
        assertThat(monitor.allFreqOk()).as("two messages are no rate").isFalse();
    }

    @Test
    void stampsArrivalsWithTheInjectedClockNotTheMessageStamp() {
        clock.advanceNs(5 * MS);
        bus.publish(LIDAR, ping(7)); // header stamp 7 ns, far in the past
        monitor.update(clock.nowNs());
        assertThat(monitor.lastArrivalNs(LIDAR)).isEqualTo(clock.nowNs());
        assertThat(monitor.alive(LIDAR)).isTrue();
    }

    @Test
    void closeUnsubscribes() {
        monitor.close();
        bus.publish(LIDAR, ping(1));
        monitor.update(clock.nowNs());
        assertThat(monitor.updated(LIDAR)).isFalse();
    }

    @Test
    void rejectsBadConfigurationAndUnknownTopics() {
        assertThatThrownBy(() -> TopicMonitor.builder().setBus(bus).setRegistry(REGISTRY).setClock(clock)
                .addTopic("avstack/ego/sensor/radar/front").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("avstack/ego/sensor/radar/front");
        assertThatThrownBy(() -> TopicMonitor.builder().setBus(bus).setRegistry(REGISTRY).setClock(clock)
                .addTopic(LIDAR).optAliveFactor(1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("aliveFactor");
        assertThatThrownBy(() -> TopicMonitor.builder().setBus(bus).setRegistry(REGISTRY).setClock(clock)
                .addTopic(LIDAR).optFreqTolerance(1.5).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("freqTolerance");
        assertThatThrownBy(() -> TopicMonitor.builder().setBus(bus).setRegistry(REGISTRY).setClock(clock).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("addTopic");
        assertThatThrownBy(() -> TopicMonitor.builder().setRegistry(REGISTRY).setClock(clock).addTopic(LIDAR).build())
                .isInstanceOf(NullPointerException.class).hasMessageContaining("setBus");
        assertThatThrownBy(() -> monitor.alive(OBJECTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not monitored");
    }
}
