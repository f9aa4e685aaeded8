package io.avstack.perception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DetectorLatencyTest {

    @Test
    void percentilesAreNearestRankOfTheSortedDurations() {
        long[] ns = new long[200];
        for (int i = 0; i < ns.length; i++) {
            ns[i] = (200 - i) * 1_000_000L; // 200 ms .. 1 ms, reversed
        }
        DetectorLatency.Result r = DetectorLatency.summarise(ns);
        assertThat(r.frames()).isEqualTo(200);
        assertThat(r.p50Ms()).isEqualTo(100.0);
        assertThat(r.p99Ms()).isEqualTo(198.0);
        assertThat(r.maxMs()).isEqualTo(200.0);
        assertThat(r.meanMs()).isEqualTo(100.5);
    }

    @Test
    void measureRunsWarmUpAndTimedCalls() {
        int[] calls = {0};
        DetectorLatency.Result r = DetectorLatency.measure(() -> calls[0]++, 3, 5);
        assertThat(calls[0]).isEqualTo(8);
        assertThat(r.frames()).isEqualTo(5);
        assertThatThrownBy(() -> DetectorLatency.measure(() -> { }, 0, 0)).hasMessageContaining("frames >= 1");
    }
}
