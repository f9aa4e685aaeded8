package io.avstack.planning.behaviour;

import static io.avstack.planning.Fixtures.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.planning.SafeDistance;
import org.junit.jupiter.api.Test;

class AccLawTest {

    private final AccLaw law = new AccLaw(CONFIG);

    @Test
    void freeRoadAcceleratesBelowAndBrakesAboveTheDesiredSpeed() {
        assertThat(law.freeAccelMps2(0, 20)).isCloseTo(CONFIG.comfort().accelMps2(), within(1e-12));
        assertThat(law.freeAccelMps2(20, 20)).isCloseTo(0.0, within(1e-12));
        assertThat(law.freeAccelMps2(25, 20)).isNegative();
    }

    @Test
    void theDesiredGapIsNeverBelowTheRssDistance() {
        double v = 25;
        double rss = SafeDistance.longitudinalM(CONFIG.rss(), v, v);
        assertThat(law.desiredGapM(v, v)).isGreaterThanOrEqualTo(rss + CONFIG.following().rssMarginM());
        assertThat(law.rssBinds(v, v)).isTrue();
        // at walking pace the time gap is larger than the RSS distance
        assertThat(law.rssBinds(1.0, 1.0)).isFalse();
    }

    @Test
    void followingAtTheDesiredGapHoldsTheSpeed() {
        double v = 20;
        assertThat(law.leadAccelMps2(v, law.desiredGapM(v, v), v, 0)).isCloseTo(0.0, within(1e-9));
        assertThat(law.leadAccelMps2(v, 2 * law.desiredGapM(v, v), v, 0)).isPositive();
    }

    @Test
    void aCloseButSlowlyClosingCutInIsAnsweredWithModerateBraking() {
        // 37.5 m (1.5 s at 25 m/s) behind a car 5 m/s slower: IDM alone would brake at ~6 m/s²
        double accel = law.leadAccelMps2(25, 37.5, 20, 0);
        assertThat(accel).isBetween(-CONFIG.comfort().decelMps2() - 0.5, -0.5);
    }

    @Test
    void aStandingLeadCloseAheadCallsForHardBraking() {
        assertThat(law.leadAccelMps2(20, 30, 0, 0)).isLessThan(-6);
    }

    @Test
    void stopPointsAreApproachedToTheirStopGap() {
        assertThat(law.stopAccelMps2(0, AccLaw.STOP_POINT_GAP_M)).isCloseTo(0.0, within(1e-9));
        assertThat(law.stopAccelMps2(0, 10)).isPositive();
        assertThat(law.stopAccelMps2(14, 30)).isNegative();
    }

    @Test
    void constantAccelerationHeuristicBrakesWhereTheLeadStops() {
        // lead at 10 m/s braking at 5 m/s² stops in 10 m; the ego at 10 m/s 20 m behind must stop in 30 m
        assertThat(AccLaw.constantAccelHeuristic(10, 20, 10, -5)).isCloseTo(-100.0 / 60.0, within(1e-9));
        // a standing obstacle: v²/(2s)
        assertThat(AccLaw.constantAccelHeuristic(10, 25, 0, 0)).isCloseTo(-2.0, within(1e-9));
    }
}
