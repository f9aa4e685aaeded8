package io.avstack.core.track;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TrackHistoryTest {

    private static final long MS = 1_000_000L;

    @Test
    void theVelocityIsTheNewestMinusTheOldestSampleWithinTheWindow() {
        TrackHistory h = new TrackHistory(2, 8);
        int k = -1;
        for (int i = 0; i <= 7; i++) { // 10 Hz, x moving at 2 m/s, y at -1 m/s
            h.beginFrame();
            k = h.record(5, i * 100 * MS, 2.0 * i * 0.1, -1.0 * i * 0.1);
            h.endFrame();
        }
        // window 0.25..0.6 s: the oldest sample within it is 0.6 s old
        assertThat(h.windowS(k, 0.25, 0.6)).isCloseTo(0.6, within(1e-9));
        assertThat(h.velocity(k, 0, 0.25, 0.6)).isCloseTo(2.0, within(1e-9));
        assertThat(h.velocity(k, 1, 0.25, 0.6)).isCloseTo(-1.0, within(1e-9));
    }

    @Test
    void withoutASampleOldEnoughThereIsNoVelocity() {
        TrackHistory h = new TrackHistory(1, 8);
        h.beginFrame();
        h.record(1, 0, 0.0, 0.0);
        h.endFrame();
        h.beginFrame();
        int k = h.record(1, 100 * MS, 1.0, 0.0);
        h.endFrame();
        assertThat(h.velocity(k, 0, 0.25, 0.6)).isNaN();
        assertThat(h.windowS(k, 0.25, 0.6)).isNaN();
    }

    @Test
    void aTrackMissingFromAFrameIsForgottenAndASameStampSampleReplacesTheNewest() {
        TrackHistory h = new TrackHistory(1, 8);
        for (int i = 0; i < 5; i++) {
            h.beginFrame();
            h.record(1, i * 100 * MS, i, 0.0);
            h.record(2, i * 100 * MS, 10.0 * i, 0.0);
            h.endFrame();
        }
        h.beginFrame();
        h.record(2, 500 * MS, 40.0, 0.0);
        int k2 = h.record(2, 500 * MS, 50.0, 0.0); // replaces the 40
        assertThat(h.velocity(k2, 0, 0.25, 0.6)).isCloseTo((50.0 - 0.0) / 0.5, within(1e-9));
        h.endFrame(); // track 1 dropped (slots are valid until here)
        h.beginFrame();
        int k1 = h.record(1, 600 * MS, 6.0, 0.0);
        assertThat(h.velocity(k1, 0, 0.25, 0.6)).as("track 1 starts afresh").isNaN();
        h.endFrame();
    }

    @Test
    void manyTracksGrowTheStorage() {
        TrackHistory h = new TrackHistory(2, 4);
        for (int f = 0; f < 4; f++) {
            h.beginFrame();
            for (int id = 0; id < 100; id++) {
                h.record(id, f * 100 * MS, id + f * 0.1, 0.0);
            }
            h.endFrame();
        }
        h.beginFrame();
        int k = h.record(99, 400 * MS, 99.4, 0.0);
        assertThat(h.velocity(k, 0, 0.25, 0.6)).isCloseTo(1.0, within(1e-9));
        h.endFrame();
    }

    @Test
    void badDimensionsAreRejected() {
        assertThatThrownBy(() -> new TrackHistory(3, 8)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrackHistory(1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
