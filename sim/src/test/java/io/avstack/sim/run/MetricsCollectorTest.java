package io.avstack.sim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsCollectorTest {

    private static final double DT = 0.1;

    @Test
    void rssSafeDistanceMatchesHandValues() {
        RssParams p = new RssParams(0.5, 2.0, 4.0, 8.0);
        // v_r = 20, v_f = 10: 20*0.5 + 0.5*2*0.25 + (20 + 1)^2 / 8 - 100 / 16 = 10 + 0.25 + 55.125 - 6.25
        assertThat(p.safeDistanceM(20, 10)).isCloseTo(59.125, within(1e-9));
        // both standing: the rear may still accelerate for rho: 0.25 + 1 / 8
        assertThat(p.safeDistanceM(0, 0)).isCloseTo(0.375, within(1e-12));
        // fast lead, slow follower: the formula goes negative, floored at 0
        assertThat(p.safeDistanceM(5, 30)).isZero();
        // v_r = 10, v_f = 0: 5 + 0.25 + 121/8 = 20.375
        assertThat(p.safeDistanceM(10, 0)).isCloseTo(20.375, within(1e-9));
    }

    @Test
    void minGapTtcAndRssTimeFromAHandMadeApproach() {
        MetricsCollector m = new MetricsCollector(RssParams.DEFAULT, DT);
        // ego at 10 m/s closing on a stopped lead: gaps 30, 25, 20, 15 then brakes and stops at 12
        double[] gaps = {30, 25, 20, 15, 12, 12};
        double[] speeds = {10, 10, 10, 10, 0, 0};
        for (int i = 0; i < gaps.length; i++) {
            m.sample(i * DT, speeds[i], 0, gaps[i], 0, 20, i);
        }
        assertThat(m.minGapM()).isEqualTo(12.0);
        assertThat(m.minTtcS()).isCloseTo(1.5, within(1e-12)); // 15 m at 10 m/s closing
        // RSS distance at 10 vs 0 is 20.375 m: violated at gaps 20 and 15 (the first sample is not counted)
        assertThat(m.rssViolationS()).isCloseTo(2 * DT, within(1e-12));
        assertThat(m.progressM()).isEqualTo(5.0);
    }

    @Test
    void noLeadMeansNoGapNoTtcNoRss() {
        MetricsCollector m = new MetricsCollector(RssParams.DEFAULT, DT);
        m.sample(0, 10, 0, Double.POSITIVE_INFINITY, 0, 20, 0);
        m.sample(DT, 10, 0, Double.POSITIVE_INFINITY, 0, 20, 1);
        assertThat(m.minGapM()).isInfinite();
        assertThat(m.minTtcS()).isInfinite();
        assertThat(m.rssViolationS()).isZero();
    }

    @Test
    void jerkIsTheChangeOfAccelerationOverTheWindowAndDecelIsTheHardestBraking() {
        double dt = 0.01;
        MetricsCollector m = new MetricsCollector(RssParams.DEFAULT, dt);
        // acceleration ramps from 0 to -5 m/s² over 0.5 s (-10 m/s³), then holds
        for (int i = 0; i <= 100; i++) {
            double a = -Math.min(5.0, 10.0 * i * dt);
            m.sample(i * dt, 10, a, Double.POSITIVE_INFINITY, 0, 20, 0);
        }
        assertThat(m.maxJerkMps3()).isCloseTo(10.0, within(1e-6));
        assertThat(m.maxDecelMps2()).isCloseTo(5.0, within(1e-12));
    }

    @Test
    void speedingCountsOnlyAboveTheTolerance() {
        MetricsCollector m = new MetricsCollector(RssParams.DEFAULT, DT);
        m.sample(0, 15, 0, Double.POSITIVE_INFINITY, 0, 10, 0);
        m.sample(DT, 10.4, 0, Double.POSITIVE_INFINITY, 0, 10, 0);
        m.sample(2 * DT, 11, 0, Double.POSITIVE_INFINITY, 0, 10, 0);
        m.sample(3 * DT, 12, 0, Double.POSITIVE_INFINITY, 0, 10, 0);
        assertThat(m.speedLimitViolationS()).isCloseTo(2 * DT, within(1e-12));
    }

    @Test
    void verdictListsEveryFailedBound() {
        MetricsCollector m = new MetricsCollector(RssParams.DEFAULT, DT);
        m.sample(0, 10, -7, 3, 0, 20, 0);
        m.redLightViolation();
        PassCriteria c = new PassCriteria(false, 5.0, null, null, 0, null, 0.9, 6.0, null);
        List<String> reasons = Verdicts.failures(c, new Collision(1_000_000_000L, 4, 3.0), m, 0.5);
        assertThat(reasons).hasSize(5);
        assertThat(reasons.get(0)).startsWith("collision with actor 4 at 1.00 s");
        assertThat(reasons).anyMatch(r -> r.startsWith("min_gap_m 3.000 < 5.0"))
                .anyMatch(r -> r.startsWith("red_light_violations 1 > 0"))
                .anyMatch(r -> r.startsWith("route_completion 0.500 < 0.9"))
                .anyMatch(r -> r.startsWith("max_decel_mps2 7.000 > 6.0"));
        assertThat(Verdicts.failures(PassCriteria.DEFAULT, null, new MetricsCollector(RssParams.DEFAULT, DT), 1))
                .isEmpty();
    }
}
