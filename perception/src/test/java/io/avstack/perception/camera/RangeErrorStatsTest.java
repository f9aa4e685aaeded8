package io.avstack.perception.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RangeErrorStatsTest {

    @Test
    void errorsAreBinnedByTrueDistance() {
        RangeErrorStats s = new RangeErrorStats();
        s.add(5, 6);      // 0-10: 1 m, 20 %
        s.add(8, 8);      // 0-10: 0
        s.add(10, 9);     // 10-30 (edge belongs to the upper bin): 1 m, 10 %
        s.add(40, 36);    // 30-50: 4 m
        s.add(80, 100);   // 50+: 20 m
        s.add(Double.NaN, 3);
        s.add(20, Double.POSITIVE_INFINITY);
        assertThat(s.count(0)).isEqualTo(2);
        assertThat(s.meanAbsErrorM(0)).isCloseTo(0.5, within(1e-12));
        assertThat(s.meanRelError(0)).isCloseTo(0.1, within(1e-12));
        assertThat(s.count(1)).isEqualTo(1);
        assertThat(s.meanRelError(1)).isCloseTo(0.1, within(1e-12));
        assertThat(s.meanAbsErrorM(2)).isCloseTo(4, within(1e-12));
        assertThat(s.meanAbsErrorM(3)).isCloseTo(20, within(1e-12));
        assertThat(RangeErrorStats.label(3)).isEqualTo("50+ m");
        assertThat(s.report()).contains("30-50 m", "n=2");
    }

    @Test
    void emptyBinsReportNaN() {
        assertThat(new RangeErrorStats().meanAbsErrorM(2)).isNaN();
    }
}
