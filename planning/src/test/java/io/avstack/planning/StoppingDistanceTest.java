package io.avstack.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StoppingDistanceTest {

    @Test
    void withAnInstantRampItIsTheConstantDecelerationDistance() {
        assertThat(StoppingDistance.of(10, 0, 4, 1e9, 1e9)).isCloseTo(100 / 8.0, within(1e-6));
        assertThat(StoppingDistance.of(0, 0, 4, 2.5, 100)).isZero();
    }

    @Test
    void theJerkRampFromTheCurrentAccelerationIsDrivenFirst() {
        // from +1 to -3 at 2.5 m/s³: 1.6 s, 17.7 m, 9.8 m/s left; then 16.0 m at 3 m/s²
        double v = 11.2;
        double t = 1.6;
        double vRamp = v + t - 1.25 * t * t;
        double sRamp = v * t + 0.5 * t * t - 2.5 * t * t * t / 6;
        assertThat(StoppingDistance.of(v, 1.0, 3, 2.5, 100)).isCloseTo(sRamp + vRamp * vRamp / 6, within(1e-9));
        assertThat(StoppingDistance.of(v, 1.0, 3, 2.5, 100)).isGreaterThan(StoppingDistance.of(v, 0.0, 3, 2.5, 100));
    }

    @Test
    void aSlowCarStopsWithinTheRamp() {
        // 1 m/s from 0 at 2.5 m/s³ towards -8: standstill after sqrt(2 / 2.5) s, before -8 is reached
        double t = Math.sqrt(2 / 2.5);
        assertThat(StoppingDistance.of(1, 0, 8, 2.5, 100)).isCloseTo(t - 2.5 * t * t * t / 6, within(1e-9));
    }

    @Test
    void brakingHarderThanTheTargetIsEasedOffAtTheReleaseJerk() {
        // at -8 towards -3 released instantly: the 3 m/s² distance
        assertThat(StoppingDistance.of(12, -8, 3, 2.5, 1e9)).isCloseTo(144 / 6.0, within(1e-6));
        assertThat(StoppingDistance.of(12, -8, 3, 2.5, 10)).isLessThan(144 / 6.0);
    }

    @Test
    void theDecelerationToStopWithinADistanceInvertsIt() {
        double d = StoppingDistance.decelToStopWithin(30, 11.2, 0.9, 8, 2.5, 100);
        assertThat(d).isBetween(3.0, 8.0);
        assertThat(StoppingDistance.of(11.2, 0.9, d, 2.5, 100)).isCloseTo(30, within(1e-6));
        assertThat(StoppingDistance.decelToStopWithin(5, 20, 0, 8, 2.5, 100)).isEqualTo(8); // not enough: the most
        assertThat(StoppingDistance.decelToStopWithin(5, 0, 0, 8, 2.5, 100)).isZero();
    }
}
