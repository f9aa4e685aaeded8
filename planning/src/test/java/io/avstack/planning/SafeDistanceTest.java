package io.avstack.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.planning.config.PlanningConfig;
import org.junit.jupiter.api.Test;

class SafeDistanceTest {

    private final PlanningConfig.Rss rss = new PlanningConfig.Rss(0.5, 2.0, 4.0, 8.0, 0.5);

    @Test
    void equalSpeedsGiveTheTextbookDistance() {
        // 13.9*0.5 + 0.25 + 14.9^2/8 - 13.9^2/16 = 6.95 + 0.25 + 27.75125 - 12.075625
        assertThat(SafeDistance.longitudinalM(rss, 13.9, 13.9)).isCloseTo(22.875625, within(1e-9));
    }

    @Test
    void aStandingLeadNeedsTheFullStoppingDistance() {
        assertThat(SafeDistance.longitudinalM(rss, 10.0, 0.0)).isCloseTo(5.0 + 0.25 + 121.0 / 8, within(1e-9));
    }

    @Test
    void aMuchFasterLeadNeedsNoGapAndNegativeSpeedsCountAsStanding() {
        assertThat(SafeDistance.longitudinalM(rss, 5.0, 30.0)).isZero();
        assertThat(SafeDistance.longitudinalM(rss, -3.0, -5.0)).isEqualTo(SafeDistance.longitudinalM(rss, 0.0, 0.0));
    }
}
