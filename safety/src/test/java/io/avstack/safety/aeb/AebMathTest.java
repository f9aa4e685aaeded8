package io.avstack.safety.aeb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AebMathTest {

    @Test
    void ttcIsGapOverClosingSpeed() {
        assertThat(AebMath.ttcS(20, 10)).isEqualTo(2.0);
        assertThat(AebMath.ttcS(20, 0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(AebMath.ttcS(20, -3)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(AebMath.ttcS(-1, 5)).isZero();
    }

    @Test
    void aStandingObjectNeedsTheStoppingDeceleration() {
        // 20 m/s to stop in 25 m: 400 / 50
        assertThat(AebMath.requiredDecelMps2(25, 20, 0, 0, 0)).isCloseTo(8.0, within(1e-12));
    }

    @Test
    void aSteadyLeadNeedsOnlyTheSpeedDifferenceShed() {
        // closing 10 m/s over 20 m: 100 / 40
        assertThat(AebMath.requiredDecelMps2(20, 25, 15, 0, 0)).isCloseTo(2.5, within(1e-12));
        assertThat(AebMath.requiredDecelMps2(20, 15, 15, 0, 0)).isZero();
    }

    @Test
    void aBrakingLeadThatStillMovesWhenTheSpeedsMatchAddsItsBraking() {
        // closing 5 over 25 m: 0.5 m/s², plus the lead's 2; match after 10 s, the lead (30 m/s) still at 10 m/s
        assertThat(AebMath.requiredDecelMps2(25, 35, 30, 2, 0)).isCloseTo(2.5, within(1e-12));
    }

    @Test
    void aLeadStoppingFirstMeansStoppingBehindWhereItStops() {
        // lead 10 m/s braking 8 stops in 6.25 m; ego 20 m/s must stop in 10 + 6.25
        assertThat(AebMath.requiredDecelMps2(10, 20, 10, 8, 0)).isCloseTo(400 / 32.5, within(1e-12));
    }

    @Test
    void noGapLeftWhileClosingNeedsInfiniteBraking() {
        assertThat(AebMath.requiredDecelMps2(0, 5, 0, 0, 0)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(AebMath.requiredDecelMps2(-0.5, 5, 0, 0, 0)).isEqualTo(Double.POSITIVE_INFINITY);
    }
    @Test
    void anOncomingObjectIsTakenToBrakeAsRssAssumes() {
        // bench-ten-actors: ego 19.7 m/s, oncoming car 18.5 m/s, 100 m: it stops in 18.5² / 6 = 57.04 m
        // (3 m/s²), the ego must stop in the 42.96 m left: 19.7² / 85.92
        assertThat(AebMath.requiredDecelMps2(100, 19.7, -18.5, 0, 3.0))
                .isCloseTo(19.7 * 19.7 / (2 * (100 - 18.5 * 18.5 / 6)), within(1e-9));
        // cancelling the whole closing speed would have needed 38.2² / 200 = 7.3
        assertThat(AebMath.requiredDecelMps2(100, 19.7, -18.5, 0, 0)).isCloseTo(38.2 * 38.2 / 200, within(1e-9));
        // closer than its own stopping distance: no braking avoids it
        assertThat(AebMath.requiredDecelMps2(50, 19.7, -18.5, 0, 3.0)).isEqualTo(Double.POSITIVE_INFINITY);
        // always at least what stopping short of a standing object needs
        assertThat(AebMath.requiredDecelMps2(100, 19.7, -18.5, 0, 3.0))
                .isGreaterThan(AebMath.requiredDecelMps2(100, 19.7, 0, 0, 3.0));
    }
}
