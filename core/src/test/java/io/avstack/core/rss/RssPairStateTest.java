package io.avstack.core.rss;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RssPairStateTest {

    private final RssPairState pair = new RssPairState();

    @Test
    void notDangerousWhileEitherDistanceIsSafe() {
        pair.update(true, false);
        assertThat(pair.dangerous()).isFalse();
        pair.update(false, true);
        assertThat(pair.dangerous()).isFalse();
        assertThat(pair.response()).isEqualTo(RssResponse.NONE);
    }

    @Test
    void closingInOnALeadInTheSameLaneOwesTheLongitudinalResponse() {
        pair.update(true, false); // same lane: laterally never safe, far enough behind
        pair.update(false, false); // the gap fell below d_min: the longitudinal distance turned unsafe last
        assertThat(pair.dangerous()).isTrue();
        assertThat(pair.response()).isEqualTo(RssResponse.LONGITUDINAL);
        assertThat(pair.response().longitudinal()).isTrue();
        assertThat(pair.response().lateral()).isFalse();
    }

    @Test
    void aCarCuttingInAlongsideOwesTheLateralResponse() {
        pair.update(false, true); // beside us: longitudinally unsafe, laterally far enough
        pair.update(false, false);
        assertThat(pair.response()).isEqualTo(RssResponse.LATERAL);
    }

    @Test
    void bothTurningUnsafeTogetherOrFirstSeenDangerousOwesBoth() {
        pair.update(true, true);
        pair.update(false, false);
        assertThat(pair.response()).isEqualTo(RssResponse.BOTH);
        RssPairState fresh = new RssPairState();
        fresh.update(false, false);
        assertThat(fresh.response()).isEqualTo(RssResponse.BOTH);
    }

    @Test
    void theResponseIsFixedAtTheBlameTimeAndEndsWithTheDanger() {
        pair.update(true, false);
        pair.update(false, false);
        pair.update(false, false);
        assertThat(pair.response()).isEqualTo(RssResponse.LONGITUDINAL);
        pair.update(true, false);
        assertThat(pair.dangerous()).isFalse();
        assertThat(pair.response()).isEqualTo(RssResponse.NONE);
    }

    @Test
    void resetForgetsTheHistory() {
        pair.update(true, false);
        pair.reset();
        pair.update(false, false);
        assertThat(pair.response()).isEqualTo(RssResponse.BOTH);
    }
}
