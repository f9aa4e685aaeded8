package io.avstack.planning.trajectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PolynomialTest {

    @Test
    void quinticMeetsBothEndsToTheSecondDerivative() {
        Polynomial p = new Polynomial().quintic(1.0, 0.5, -0.2, 4.0, 0.0, 0.0, 30.0);

        assertThat(p.value(0)).isCloseTo(1.0, within(1e-12));
        assertThat(p.first(0)).isCloseTo(0.5, within(1e-12));
        assertThat(p.second(0)).isCloseTo(-0.2, within(1e-12));
        assertThat(p.value(30)).isCloseTo(4.0, within(1e-9));
        assertThat(p.first(30)).isCloseTo(0.0, within(1e-9));
        assertThat(p.second(30)).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void quarticMeetsTheEndSpeedAndAcceleration() {
        Polynomial p = new Polynomial().quartic(10.0, 20.0, 1.0, 15.0, 0.0, 4.0);

        assertThat(p.value(0)).isCloseTo(10.0, within(1e-12));
        assertThat(p.first(0)).isCloseTo(20.0, within(1e-12));
        assertThat(p.second(0)).isCloseTo(1.0, within(1e-12));
        assertThat(p.first(4)).isCloseTo(15.0, within(1e-9));
        assertThat(p.second(4)).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void thirdDerivativeIsTheSlopeOfTheSecond() {
        Polynomial p = new Polynomial().quintic(0, 0, 0, 3.5, 0, 0, 40);
        double h = 1e-4;
        assertThat(p.third(13)).isCloseTo((p.second(13 + h) - p.second(13 - h)) / (2 * h), within(1e-6));
    }
}
