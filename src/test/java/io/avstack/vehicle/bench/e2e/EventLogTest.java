package io.avstack.vehicle.bench.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The analysis' look-ups: events by time, by exact key, and by a key at least as new (latest wins). */
class EventLogTest {

    @Test
    void aReplacedMessageIsFoundThroughTheNewerOneThatReplacedIt() {
        EventLog got = new EventLog();
        got.add(100, 1_000); // planned command stamped 100 received at 1000
        got.add(300, 3_000); // 200 was replaced in the latest-wins queue by 300
        got.add(400, 4_000);
        EventLog.Frozen f = got.freeze();
        assertThat(f.firstWithKey(200, 2_000)).as("the exact command never arrived").isEqualTo(-1);
        assertThat(f.firstWithKeyAtLeast(200, 2_000)).isEqualTo(1);
        assertThat(f.times()[f.firstWithKeyAtLeast(200, 2_000)]).isEqualTo(3_000);
        assertThat(f.firstWithKeyAtLeast(100, 0)).isZero();
        assertThat(f.firstWithKeyAtLeast(500, 0)).isEqualTo(-1);
        assertThat(f.firstWithKeyAtLeast(100, 5_000)).isEqualTo(-1);
    }

    @Test
    void freezingSortsByTime() {
        EventLog log = new EventLog();
        log.add(2, 20);
        log.add(1, 10);
        EventLog.Frozen f = log.freeze();
        assertThat(f.keys()).containsExactly(1, 2);
        assertThat(f.firstAfter(10)).isEqualTo(1);
        assertThat(f.firstAtOrAfter(10)).isZero();
    }
}
