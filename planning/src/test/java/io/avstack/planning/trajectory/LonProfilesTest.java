package io.avstack.planning.trajectory;

import static io.avstack.planning.Fixtures.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Braking profiles: how they ramp in, and how they ease off braking left over from an emergency stop. */
class LonProfilesTest {

    private final LonProfiles lon = new LonProfiles(4, 51, 0.1);

    @Test
    void brakingRampsInAtItsJerkAndHoldsItsDeceleration() {
        int m = lon.addBraking(0, 20, 0, 3, 2.5, 100);

        assertThat(lon.a(m, 1)).isCloseTo(-0.25, within(1e-9));
        assertThat(lon.a(m, 12)).isCloseTo(-3, within(1e-9));
        assertThat(lon.a(m, 30)).isCloseTo(-3, within(1e-9));
    }

    @Test
    void harderBrakingThanTheProfilesIsEasedOffAtTheReleaseJerk() {
        // the start still brakes at 8 m/s² (an emergency stop that turned out unnecessary)
        int m = lon.addBraking(0, 20, -8, 1.5, 2.5, 100);

        // one step at 100 m/s³ covers the 6.5 m/s²; at the comfort jerk it would take 2.6 s
        assertThat(lon.a(m, 1)).isCloseTo(-1.5, within(1e-9));
        assertThat(lon.v(m, 10)).isGreaterThan(20 - 8 * 0.1 - 1.5 * 0.9 - 1e-9);
    }

    @Test
    void easingOffAnEmergencyStopCostsNoComfortExcessForItsJerk() {
        CostModel costs = new CostModel(CONFIG);
        double[] refV = new double[51];
        java.util.Arrays.fill(refV, 20);
        int fast = lon.addBraking(0, 20, -8, 1.5, 2.5, 100);
        int slow = lon.addBraking(0, 20, -8, 1.5, 2.5, 2.5);

        // the fast release brakes less and for a shorter time: it must rank better
        assertThat(costs.longitudinal(lon, fast, refV)).isLessThan(costs.longitudinal(lon, slow, refV));
    }
}
