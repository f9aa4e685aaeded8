package io.avstack.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayPacerTest {

    private final ManualClock clock = new ManualClock(1_000);
    private final List<Long> waits = new ArrayList<>();
    private final Sleeper sleeper = ns -> {
        waits.add(ns);
        clock.advanceNs(ns);
    };

    @Test
    void recordsAreDueAtTheirRecordedOffsetFromTheFirst() throws InterruptedException {
        ReplayPacer pacer = new ReplayPacer(clock, sleeper, 1.0);
        pacer.awaitDue(5_000_000_000L);
        pacer.awaitDue(5_020_000_000L);
        clock.advanceNs(5_000_000); // the consumer took 5 ms
        pacer.awaitDue(5_040_000_000L);
        assertThat(waits).containsExactly(20_000_000L, 15_000_000L);
    }

    @Test
    void sourcesSharingAPacerKeepTheirRelativeTiming() throws InterruptedException {
        ReplayPacer pacer = new ReplayPacer(clock, sleeper, 1.0);
        pacer.awaitDue(100_000_000L); // lidar's first packet anchors
        pacer.awaitDue(100_000_000L + 50_000_000L); // a radar frame 50 ms later
        pacer.awaitDue(100_000_000L + 30_000_000L); // an ego frame that is already past due
        assertThat(waits).containsExactly(50_000_000L);
    }

    @Test
    void speedScalesTheWaitsAndZeroNeverWaits() throws InterruptedException {
        ReplayPacer twice = new ReplayPacer(clock, sleeper, 2.0);
        twice.awaitDue(0);
        twice.awaitDue(100_000_000L);
        assertThat(waits).containsExactly(50_000_000L);
        waits.clear();
        ReplayPacer none = new ReplayPacer(clock, sleeper, 0.0);
        none.awaitDue(0);
        none.awaitDue(1_000_000_000L);
        assertThat(waits).isEmpty();
    }

    @Test
    void aBadSpeedIsRejectedWithItsValue() {
        assertThatThrownBy(() -> new ReplayPacer(clock, sleeper, -1.0)).hasMessageContaining("-1.0");
        assertThatThrownBy(() -> new ReplayPacer(clock, sleeper, Double.NaN)).hasMessageContaining("NaN");
    }
}
