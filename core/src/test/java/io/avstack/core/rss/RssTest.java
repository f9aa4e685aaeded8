package io.avstack.core.rss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.ConfigValidator;
import org.junit.jupiter.api.Test;

/** Public check values (ad-rss-lib asserts the same) and hand-computed ones, to 0.01 m. */
class RssTest {

    private static final double KPH = 1 / 3.6;
    /** The check parameters: rho 1 s, a_accel 3.5, b_min 4, b_max 8. */
    private static final RssParams CHECK = new RssParams(1.0, 3.5, 4.0, 3.0, 8.0, 0.2, 0.8, 0.1);

    @Test
    void followerAt100KphBehindAStoppedLeadNeeds151_81m() {
        assertThat(Rss.longitudinalSafeDistanceM(100 * KPH, 0.0, CHECK)).isCloseTo(151.81, within(0.01));
    }

    @Test
    void leadAlsoAt100KphWithHardestBraking8Needs103_59m() {
        assertThat(Rss.longitudinalSafeDistanceM(100 * KPH, 100 * KPH, CHECK)).isCloseTo(103.59, within(0.01));
    }

    @Test
    void slowFollowerBehindAFastLeadNeedsNothing() {
        assertThat(Rss.longitudinalSafeDistanceM(10 * KPH, 100 * KPH, CHECK)).isZero();
    }

    @Test
    void bothCarsLaterallyStillNeed1_10m() {
        assertThat(Rss.lateralSafeDistanceM(0.0, 0.0, 2.0, 0.2, 0.8, 0.1)).isCloseTo(1.10, within(0.01));
    }

    @Test
    void longitudinalMatchesTheSimulatorsDocumentedExample() {
        // docs/METRICS.md: v_r 20, v_f 10, rho 0.5, a 2, b_min 4, b_max 8: 10 + 0.25 + 55.125 - 6.25
        assertThat(Rss.longitudinalSafeDistanceM(20, 10, 0.5, 2, 4, 8)).isCloseTo(59.125, within(1e-9));
    }

    @Test
    void oppositeDirectionHandComputed() {
        // v1 10 (correct lane), v2 15, rho 0.5, a 2, b_correct 3, b_min 4:
        // v1,rho 11: (10 + 11)/2 * 0.5 = 5.25; 121 / 6 = 20.1667
        // v2,rho 16: (15 + 16)/2 * 0.5 = 7.75; 256 / 8 = 32
        RssParams p = new RssParams(0.5, 2.0, 4.0, 3.0, 8.0, 0.2, 0.8, 0.1);
        assertThat(Rss.oppositeSafeDistanceM(10, 15, p)).isCloseTo(65.17, within(0.01));
    }

    @Test
    void oppositeDirectionWithEachCarsOwnResponseTime() {
        // v1 20, rho1 0.5, v2 10, rho2 1, a 3.5, b_correct 3, b_min 4:
        // v1,rho 21.75: (20 + 21.75)/2 * 0.5 = 10.4375; 21.75² / 6 = 78.8438
        // v2,rho 13.5:  (10 + 13.5)/2 * 1 = 11.75;      13.5² / 8 = 22.7813
        assertThat(Rss.oppositeSafeDistanceM(20, 10, 0.5, 1.0, 3.5, 3.0, 4.0)).isCloseTo(123.81, within(0.01));
    }

    @Test
    void oppositeDirectionBothStandingStillStillNeedsTheResponseDistances() {
        // each accelerates 2 * 0.5 = 1 m/s in rho: 0.25 + 1/6 and 0.25 + 1/8
        RssParams p = new RssParams(0.5, 2.0, 4.0, 3.0, 8.0, 0.2, 0.8, 0.1);
        assertThat(Rss.oppositeSafeDistanceM(0, 0, p)).isCloseTo(0.7917, within(0.0001));
    }

    @Test
    void lateralLeftCarDriftingRightHandComputed() {
        // v1 +0.5 (towards the right car), v2 0, rho 0.5, a 0.2, b 0.8, mu 0.1:
        // left: (1 + 0.1)/2 * 0.5 = 0.275; v1,rho 0.6 -> 0.36 / 1.6 = 0.225
        // right: (0 - 0.1)/2 * 0.5 = -0.025; v2,rho -0.1 -> -0.01 / 1.6 = -0.00625
        // 0.1 + 0.5 - (-0.03125) = 0.63125
        assertThat(Rss.lateralSafeDistanceM(0.5, 0.0, 0.5, 0.2, 0.8, 0.1)).isCloseTo(0.63, within(0.01));
        assertThat(Rss.lateralSafeDistanceM(0.5, 0.0, 0.5, 0.2, 0.8, 0.1)).isCloseTo(0.63125, within(1e-9));
    }

    @Test
    void lateralCarsMovingApartNeedOnlyTheMargin() {
        // the left car moves left at 2 m/s, the right one right at 2 m/s: they separate
        assertThat(Rss.lateralSafeDistanceM(-2.0, 2.0, 0.5, 0.2, 0.8, 0.1)).isEqualTo(0.1);
    }

    @Test
    void lateralBothMovingRightTogetherNeedsTheLeftCarsExtraBraking() {
        // v1 = v2 = 1 (both rightwards): left 0.525 + 1.1²/1.6 = 1.28125; right: v2,rho 0.9 > 0 moves
        // away, its braking counts 0: 0.5 - 0.025 = 0.475; 0.1 + 0.80625
        assertThat(Rss.lateralSafeDistanceM(1.0, 1.0, 0.5, 0.2, 0.8, 0.1)).isCloseTo(0.90625, within(1e-9));
    }

    @Test
    void maxSafeRearSpeedInvertsTheLongitudinalDistance() {
        RssParams p = new RssParams(0.5, 2.0, 4.0, 3.0, 8.0, 0.2, 0.8, 0.1);
        double v = Rss.maxSafeRearSpeedMps(59.125, 10, p);
        assertThat(v).isCloseTo(20.0, within(1e-9));
        assertThat(Rss.longitudinalSafeDistanceM(v, 10, p)).isCloseTo(59.125, within(1e-9));
    }

    @Test
    void maxSafeRearSpeedIsZeroWhenEvenStandingStillIsUnsafe() {
        RssParams p = new RssParams(1.0, 3.5, 4.0, 3.0, 8.0, 0.2, 0.8, 0.1);
        // standing still behind a stopped car needs 1.75 + 3.5²/8 = 3.28 m
        assertThat(Rss.maxSafeRearSpeedMps(2.0, 0.0, p)).isZero();
        assertThat(Rss.maxSafeRearSpeedMps(-5.0, 0.0, p)).isZero();
    }

    @Test
    void negativeOrNonFiniteSpeedsAreRejectedByName() {
        assertThatThrownBy(() -> Rss.longitudinalSafeDistanceM(-1, 0, CHECK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rearSpeedMps must be finite and >= 0 (a speed magnitude), was -1.0");
        assertThatThrownBy(() -> Rss.oppositeSafeDistanceM(1, Double.NaN, CHECK))
                .hasMessageContaining("oppositeSpeedMps").hasMessageContaining("NaN");
        assertThatThrownBy(() -> Rss.lateralSafeDistanceM(Double.POSITIVE_INFINITY, 0, CHECK))
                .hasMessageContaining("leftLateralSpeedMps");
    }

    @Test
    void badParametersAreRejectedByName() {
        assertThatThrownBy(() -> Rss.longitudinalSafeDistanceM(1, 0, 0.5, 2, 0, 8))
                .hasMessage("brakeMinMps2 must be finite and > 0, was 0.0");
        assertThatThrownBy(() -> Rss.lateralSafeDistanceM(0, 0, -0.1, 0.2, 0.8, 0.1))
                .hasMessage("responseTimeS must be finite and >= 0, was -0.1");
    }

    @Test
    void configValidationOrdersTheBrakingBounds() {
        RssParams correctTooHard = new RssParams(0.5, 2.0, 4.0, 5.0, 8.0, 0.2, 0.8, 0.1);
        assertThatThrownBy(() -> ConfigValidator.validate(correctTooHard, "t.yaml"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("brakeMinCorrectMps2");
        RssParams minAboveMax = new RssParams(0.5, 2.0, 9.0, 3.0, 8.0, 0.2, 0.8, 0.1);
        assertThatThrownBy(() -> ConfigValidator.validate(minAboveMax, "t.yaml"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("brakeMinMps2");
        RssParams zeroLateralBrake = new RssParams(0.5, 2.0, 4.0, 3.0, 8.0, 0.2, 0.0, 0.1);
        assertThatThrownBy(() -> ConfigValidator.validate(zeroLateralBrake, "t.yaml"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("lateralBrakeMinMps2");
    }
}
