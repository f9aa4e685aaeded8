package io.avstack.core.bus.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Reconnect delays: fast at first (a restarted broker is found within 50 ms), then backing off. */
class RetryDelaysTest {

    @Test
    void theFirstAttemptsOfAnOutageAreFastThenTheDelayDoublesToTheBound() {
        RetryDelays d = new RetryDelays(50, 1000);
        for (int i = 0; i < RetryDelays.FAST_ATTEMPTS; i++) {
            assertThat(d.next()).as("attempt %d", i).isEqualTo(50);
        }
        assertThat(d.next()).isEqualTo(100);
        assertThat(d.next()).isEqualTo(200);
        assertThat(d.next()).isEqualTo(400);
        assertThat(d.next()).isEqualTo(800);
        assertThat(d.next()).isEqualTo(1000);
        assertThat(d.next()).isEqualTo(1000);
    }

    @Test
    void aConnectionStartsTheNextOutageFastAgain() {
        RetryDelays d = new RetryDelays(50, 1000);
        for (int i = 0; i < RetryDelays.FAST_ATTEMPTS + 5; i++) {
            d.next();
        }
        d.reset();
        assertThat(d.next()).isEqualTo(50);
    }

    @Test
    void badBoundsAreRejected() {
        assertThatThrownBy(() -> new RetryDelays(50, 49)).hasMessageContaining("were 50, 49");
    }
}
