package io.avstack.sim.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConstantAccelTest {

    @Test
    void stopInsideTheStepTravelsOnlyToTheStop() {
        // 1 m/s at -4 m/s² stops after 0.25 s of a 1 s step, after 0.125 m.
        assertThat(ConstantAccel.distanceAfter(1.0, -4.0, 1.0, 0.0, 50.0)).isCloseTo(0.125, within(1e-12));
        assertThat(ConstantAccel.speedAfter(1.0, -4.0, 1.0, 0.0, 50.0)).isZero();
    }

    @Test
    void reachingTopSpeedInsideTheStepHoldsIt() {
        // 9 m/s at +2 m/s² reaches 10 m/s after 0.5 s: 4.75 m, then 5 m at 10 m/s.
        assertThat(ConstantAccel.distanceAfter(9.0, 2.0, 1.0, 0.0, 10.0)).isCloseTo(9.75, within(1e-12));
        assertThat(ConstantAccel.speedAfter(9.0, 2.0, 1.0, 0.0, 10.0)).isEqualTo(10.0);
    }

    @Test
    void unboundedStepIsTheTextbookFormula() {
        assertThat(ConstantAccel.distanceAfter(5.0, 1.5, 2.0, 0.0, 50.0)).isCloseTo(13.0, within(1e-12));
        assertThat(ConstantAccel.distanceAfter(5.0, 0.0, 2.0, 0.0, 50.0)).isEqualTo(10.0);
        assertThat(ConstantAccel.distanceAfter(0.0, -3.0, 2.0, 0.0, 50.0)).isZero();
        assertThat(ConstantAccel.distanceAfter(10.0, 1.0, 2.0, 0.0, 10.0)).isEqualTo(20.0);
    }

    @Test
    void brakingToANonZeroFloorHoldsTheFloor() {
        // 10 m/s at -2 m/s² reaches the 6 m/s floor after 2 s: 16 m, then 1 s at 6 m/s.
        assertThat(ConstantAccel.distanceAfter(10.0, -2.0, 3.0, 6.0, 50.0)).isCloseTo(22.0, within(1e-12));
        assertThat(ConstantAccel.speedAfter(10.0, -2.0, 3.0, 6.0, 50.0)).isEqualTo(6.0);
    }

    @Test
    void infiniteCeilingIsNoBound() {
        assertThat(ConstantAccel.distanceAfter(1.0, 2.0, 1.0, 0.0, Double.POSITIVE_INFINITY))
                .isCloseTo(2.0, within(1e-12));
        assertThat(ConstantAccel.speedAfter(1.0, 2.0, 1.0, 0.0, Double.POSITIVE_INFINITY)).isEqualTo(3.0);
    }
}
