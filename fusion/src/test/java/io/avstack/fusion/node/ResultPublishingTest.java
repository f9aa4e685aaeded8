package io.avstack.fusion.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The event-driven world-model schedule: at once after a result, rate-limited, and a floor rate. */
class ResultPublishingTest {

    private static final long PERIOD = 100_000_000L;
    private static final long MIN = 10_000_000L;

    @Test
    void theFirstWorldModelIsDueAtOnce() {
        ResultPublishing p = new ResultPublishing(PERIOD, MIN);
        assertThat(p.due(Long.MIN_VALUE)).isTrue();
        assertThat(p.dueNs()).isEqualTo(Long.MIN_VALUE);
    }

    @Test
    void aResultIsPublishedAsSoonAsTheShortestIntervalAllows() {
        ResultPublishing p = new ResultPublishing(PERIOD, MIN);
        p.published(0);
        p.resultFused();
        assertThat(p.dueNs()).isEqualTo(MIN);
        assertThat(p.due(MIN - 1)).isFalse();
        p.published(MIN);
        p.resultFused();
        p.resultFused(); // a burst within the interval: one world model
        assertThat(p.pending()).isTrue();
        assertThat(p.due(MIN + 30_000_000L)).isTrue(); // long after the last one: at once
        p.published(MIN + 30_000_000L);
        assertThat(p.pending()).isFalse();
    }

    @Test
    void withoutResultsWorldModelsComeAtTheFloorRate() {
        ResultPublishing p = new ResultPublishing(PERIOD, MIN);
        p.published(5);
        assertThat(p.dueNs()).isEqualTo(5 + PERIOD);
        assertThat(p.due(4 + PERIOD)).isFalse();
        assertThat(p.due(5 + PERIOD)).isTrue();
    }

    @Test
    void badIntervalsAreRejectedNamingTheValue() {
        assertThatThrownBy(() -> new ResultPublishing(0, 0)).hasMessageContaining("was 0");
        assertThatThrownBy(() -> new ResultPublishing(PERIOD, PERIOD + 1)).hasMessageContaining("was " + (PERIOD + 1));
        assertThatThrownBy(() -> new ResultPublishing(PERIOD, -1)).hasMessageContaining("was -1");
    }
}
