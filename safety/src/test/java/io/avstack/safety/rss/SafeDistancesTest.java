package io.avstack.safety.rss;

import static io.avstack.safety.Fixtures.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.ObjectClass;
import io.avstack.core.rss.Rss;
import io.avstack.core.rss.RssParams;
import org.junit.jupiter.api.Test;

class SafeDistancesTest {

    private final RssParams car = CONFIG.rss();
    private final RssParams vru = CONFIG.rssVulnerable();

    @Test
    void pedestriansAndCyclistsUseTheVulnerableRoadUserParametersFromTheConfig() {
        assertThat(SafeDistances.paramsOf(ObjectClass.PEDESTRIAN, car, vru)).isSameAs(vru);
        assertThat(SafeDistances.paramsOf(ObjectClass.CYCLIST, car, vru)).isSameAs(vru);
        assertThat(SafeDistances.paramsOf(ObjectClass.CAR, car, vru)).isSameAs(car);
        assertThat(SafeDistances.paramsOf(ObjectClass.TRUCK, car, vru)).isSameAs(car);
        assertThat(vru).isNotEqualTo(car);
        assertThat(vru.brakeMinMps2()).isEqualTo(2.0); // safety.yaml rssVulnerable
        assertThat(vru.lateralAccelMaxMps2()).isEqualTo(0.5);
    }

    @Test
    void aCyclistBehindRespondsWithItsOwnBraking() {
        // both at 8 m/s, the cyclist the rear party: 8 x 0.5 + 2 x 0.25 / 2 + 9² / (2 b_min) - 8² / (2 x 8)
        double asCar = SafeDistances.longitudinalM(false, 8, 8, car, car);
        double asCyclist = SafeDistances.longitudinalM(false, 8, 8, car, vru);
        assertThat(asCar).isCloseTo(4 + 0.25 + 81 / 8.0 - 4, within(0.01));
        assertThat(asCyclist).isCloseTo(4 + 0.25 + 81 / 4.0 - 4, within(0.01));
    }

    @Test
    void anOncomingCyclistBrakesWithItsOwnMinimumBraking() {
        // ego 10 m/s in its lane, cyclist 5 m/s towards it; a_accel the larger (2.0) during both rho
        double d = SafeDistances.longitudinalM(true, 10, -5, car, vru);
        double expected = (10 + 11) / 2.0 * 0.5 + 11 * 11 / (2 * 3.0) + (5 + 6) / 2.0 * 0.5 + 6 * 6 / (2 * 2.0);
        assertThat(d).isCloseTo(expected, within(0.01));
    }

    @Test
    void lateralDistanceTakesEachPartysOwnLateralMotion() {
        // both laterally still, a pedestrian on the ego's right: ego (left) 0.025 + 0.1² / 1.6,
        // pedestrian (right) -(0.0625 + 0.25² / 2), mu the larger 0.2 (hand-computed: 0.325 m)
        assertThat(SafeDistances.lateralM(-3, 0, 0, car, vru)).isCloseTo(0.325, within(0.01));
        assertThat(SafeDistances.lateralM(-3, 0, 0, car, car)).isCloseTo(Rss.lateralSafeDistanceM(0, 0, car), within(1e-12));
    }

    @Test
    void thePerPartyFormulaEqualsCoresWhenBothShareOneParameterSet() {
        double[] speeds = {-3, -1, -0.2, 0, 0.3, 1, 2.5};
        for (double left : speeds) {
            for (double right : speeds) {
                assertThat(SafeDistances.lateralPerPartyM(left, car, right, car))
                        .as("left %s right %s", left, right)
                        .isCloseTo(Rss.lateralSafeDistanceM(left, right, car), within(1e-12));
            }
        }
    }
}
