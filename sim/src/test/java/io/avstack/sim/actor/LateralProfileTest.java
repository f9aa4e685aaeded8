package io.avstack.sim.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LateralProfileTest {

    @Test
    void startsAndEndsAtTheOffsetsAndIsSymmetric() {
        assertThat(LateralProfile.offsetM(0.0, -3.5, 0.0)).isEqualTo(0.0);
        assertThat(LateralProfile.offsetM(0.0, -3.5, 1.0)).isEqualTo(-3.5);
        assertThat(LateralProfile.offsetM(0.0, -3.5, 0.5)).isCloseTo(-1.75, within(1e-12));
        assertThat(LateralProfile.offsetM(1.0, 2.0, -0.3)).isEqualTo(1.0);
        assertThat(LateralProfile.offsetM(1.0, 2.0, 1.7)).isEqualTo(2.0);
    }

    @Test
    void rateIsZeroAtTheEndsAndIntegratesToTheChange() {
        double durationS = 4.0;
        assertThat(LateralProfile.rateMps(0.0, 3.5, 0.0, durationS)).isZero();
        assertThat(LateralProfile.rateMps(0.0, 3.5, 1.0, durationS)).isZero();
        // peak 30/16 * change / duration at the middle
        assertThat(LateralProfile.rateMps(0.0, 3.5, 0.5, durationS)).isCloseTo(1.875 * 3.5 / 4.0, within(1e-12));
        int n = 100_000;
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            sum += LateralProfile.rateMps(0.0, 3.5, (i + 0.5) / n, durationS) * durationS / n;
        }
        assertThat(sum).isCloseTo(3.5, within(1e-6));
    }

    @Test
    void isMonotonic() {
        double previous = 0.0;
        for (int i = 1; i <= 1000; i++) {
            double offset = LateralProfile.offsetM(0.0, 3.0, i / 1000.0);
            assertThat(offset).isGreaterThanOrEqualTo(previous);
            previous = offset;
        }
    }
}
