package io.avstack.planning.trajectory;

import static io.avstack.planning.Fixtures.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the cost ranks longitudinal profiles against the reference speed plan. */
class CostModelTest {

    private final LonProfiles lon = new LonProfiles(4, 51, 0.1);
    private final CostModel costs = new CostModel(CONFIG);

    @Test
    void whenTheLawAsksForHardBrakingBrakingAtOnceRanksAboveRampingInGently() {
        // the reference (a close cut-in): 6 m/s² at once
        int ref = lon.addBraking(0, 27, 0, 6, CONFIG.limits().jerkMps3(), CONFIG.limits().jerkMps3());
        double[] refV = new double[51];
        double[] refA = new double[51];
        for (int i = 0; i < 51; i++) {
            refV[i] = lon.v(ref, i);
            refA[i] = lon.a(ref, i);
        }
        int atOnce = lon.addBraking(0, 27, 0, 6, CONFIG.limits().jerkMps3(), CONFIG.limits().jerkMps3());
        int gently = lon.addBraking(0, 27, 0, 6, 15, CONFIG.limits().jerkMps3());

        assertThat(costs.longitudinal(lon, atOnce, refV, refA)).isLessThan(costs.longitudinal(lon, gently, refV, refA));
    }

    @Test
    void onAComfortableReferenceHardBrakingCostsItsExcess() {
        double[] refV = new double[51];
        double[] refA = new double[51];
        java.util.Arrays.fill(refV, 20);
        int hard = lon.addBraking(0, 20, 0, 6, CONFIG.limits().jerkMps3(), CONFIG.limits().jerkMps3());
        int soft = lon.addBraking(0, 20, 0, 2, CONFIG.comfort().jerkMps3(), CONFIG.limits().jerkMps3());

        assertThat(costs.longitudinal(lon, soft, refV, refA)).isLessThan(costs.longitudinal(lon, hard, refV, refA));
    }
}
