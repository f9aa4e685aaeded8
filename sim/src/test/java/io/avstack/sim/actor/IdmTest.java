package io.avstack.sim.actor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class IdmTest {

    /** v0 30 m/s, T 1.5 s, s0 2 m, a 1 m/s², b 1.5 m/s², delta 4. */
    private static final IdmParams P = new IdmParams(30.0, 1.5, 2.0, 1.0, 1.5, 4.0);

    @Test
    void freeRoadTermAlone() {
        assertThat(Idm.accelMps2(P, 0.0, Double.POSITIVE_INFINITY, 0.0)).isEqualTo(1.0);
        // 1 - (15/30)^4 = 0.9375
        assertThat(Idm.accelMps2(P, 15.0, Double.POSITIVE_INFINITY, 0.0)).isCloseTo(0.9375, within(1e-12));
        assertThat(Idm.accelMps2(P, 30.0, Double.POSITIVE_INFINITY, 0.0)).isCloseTo(0.0, within(1e-12));
    }

    @Test
    void closingOnASlowerLead() {
        // s* = 2 + 20*1.5 + 20*5/(2 sqrt(1.5)) = 72.8248290; a = 1 - (2/3)^4 - (72.8248290/50)^2
        assertThat(Idm.desiredGapM(P, 20.0, 5.0)).isCloseTo(72.8248290464, within(1e-9));
        assertThat(Idm.accelMps2(P, 20.0, 50.0, 15.0)).isCloseTo(-1.3189131545, within(1e-9));
    }

    @Test
    void followingAtEqualSpeed() {
        // s* = 2 + 10*1.5 = 17; a = 1 - (1/3)^4 - (17/30)^2 = 0.6665432
        assertThat(Idm.accelMps2(P, 10.0, 30.0, 10.0)).isCloseTo(0.6665432099, within(1e-9));
        // standing behind a standing lead 10 m ahead: 1 - (2/10)^2 = 0.96
        assertThat(Idm.accelMps2(P, 0.0, 10.0, 0.0)).isCloseTo(0.96, within(1e-12));
    }

    @Test
    void openingGapNeverShrinksTheDesiredGapBelowS0() {
        // lead much faster: the dynamic term is negative and clipped at 0
        assertThat(Idm.desiredGapM(P, 5.0, -30.0)).isEqualTo(2.0);
    }

    @Test
    void equilibriumGapMakesAccelerationZero() {
        double gapM = Idm.equilibriumGapM(P, 20.0);

        assertThat(gapM).isCloseTo(32.0 / Math.sqrt(1.0 - Math.pow(2.0 / 3.0, 4)), within(1e-9));
        assertThat(Idm.accelMps2(P, 20.0, gapM, 20.0)).isCloseTo(0.0, within(1e-12));
        assertThatThrownBy(() -> Idm.equilibriumGapM(P, 30.0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void smallGapAsksForEmergencyBraking() {
        // s* = 2 + 30 + 20*20/(2 sqrt(1.5)) = 195.299; a = 1 - 16/81 - (195.299/2)^2 = -9534.65
        assertThat(Idm.accelMps2(P, 20.0, 2.0, 0.0)).isCloseTo(-9534.6532565, within(1e-6));
        assertThat(Idm.accelMps2(P, 20.0, 0.0, 0.0)).isFinite().isNegative();
    }
}
