package io.avstack.sim.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.sim.actor.Idm;
import io.avstack.sim.actor.IdmParams;
import org.junit.jupiter.api.Test;

class AccModelTest {

    private final IdmParams p = new IdmParams(27.8, 1.2, 2.5, 1.5, 2.0, 4.0);

    @Test
    void cahMatchesHandValues() {
        // lead at constant speed, closing at 5 m/s over 25 m: -25 / 50
        assertThat(AccModel.cahMps2(25, 20, 15, 0)).isCloseTo(-0.5, within(1e-12));
        // standing obstacle 50 m ahead at 20 m/s: v^2 / 2s = 4
        assertThat(AccModel.cahMps2(50, 20, 0, 0)).isCloseTo(-4.0, within(1e-12));
        // lead braking at 2 m/s² from 10 m/s stops before the gap closes: v^2 a_l / (v_l^2 - 2 s a_l)
        assertThat(AccModel.cahMps2(30, 12, 10, -2)).isCloseTo(144 * -2 / (100 + 120.0), within(1e-12));
        // opening gap: just the lead's acceleration
        assertThat(AccModel.cahMps2(30, 10, 15, 0)).isZero();
    }

    @Test
    void aSafeCutInIsMetWithModerateBrakingWhereIdmWouldBrakeHard() {
        // ego at 27.8 m/s, a car cuts in 30 m ahead at 22.2 m/s (the catalogue's far cut-in)
        double idm = Idm.accelMps2(p, 27.8, 30, 22.2);
        double acc = AccModel.accelMps2(p, 27.8, 30, 22.2, 0);
        assertThat(idm).isLessThan(-9);
        assertThat(acc).isBetween(-3.0, -1.0);
    }

    @Test
    void anEmergencyStillBrakesHard() {
        // standing obstacle 12 m ahead at 13.9 m/s: stopping needs 8 m/s²
        assertThat(AccModel.accelMps2(p, 13.9, 12, 0, 0)).isLessThan(-8.0);
    }

    @Test
    void aboveTheDesiredSpeedItSlowsAtMostComfortably() {
        // 22 m/s into a 13.9 m/s limit: plain IDM would ask for about -8 m/s²
        IdmParams limit = new IdmParams(13.9, 1.2, 2.5, 1.5, 2.0, 4.0);
        assertThat(Idm.accelMps2(limit, 22, Double.POSITIVE_INFINITY, 0)).isLessThan(-7);
        assertThat(AccModel.accelMps2(limit, 22, Double.POSITIVE_INFINITY, 0, 0)).isCloseTo(-2.0, within(1e-12));
        assertThat(AccModel.accelMps2(limit, 14.9, Double.POSITIVE_INFINITY, 0, 0)).isCloseTo(-0.5, within(1e-9));
        // and below it, plain IDM on a free road
        assertThat(AccModel.accelMps2(p, 10, Double.POSITIVE_INFINITY, 0, 0))
                .isEqualTo(Idm.accelMps2(p, 10, Double.POSITIVE_INFINITY, 0));
    }
}
