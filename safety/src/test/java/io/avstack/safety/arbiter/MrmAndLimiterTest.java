package io.avstack.safety.arbiter;

import static io.avstack.safety.Fixtures.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MrmAndLimiterTest {

    private final Mrm mrm = new Mrm(CONFIG.response());
    private final CommandLimiter limiter = new CommandLimiter(CONFIG.vehicle());

    @Test
    void mrmBrakingBuildsUpAtTheJerkLimitAndHoldsHarderBraking() {
        assertThat(mrm.accelMps2(1.0, 0.02)).isCloseTo(1.0 - 10 * 0.02, within(1e-12));
        assertThat(mrm.accelMps2(-2.95, 0.02)).isEqualTo(-3.0);
        assertThat(mrm.accelMps2(-8.0, 0.02)).isEqualTo(-3.0);
        assertThat(mrm.accelMps2(Double.NaN, 0.02)).isEqualTo(-3.0);
        assertThat(mrm.accelMps2(1.0, 5.0)).isCloseTo(0.0, within(1e-12)); // a long gap counts as 0.1 s at most
    }

    @Test
    void nonFiniteCommandsAreReplacedAndCounted() {
        limiter.limit(Double.NaN, 0.1, 0.05, 0.02, -3.0);
        assertThat(limiter.nonFinite).isTrue();
        assertThat(limiter.accelMps2).isEqualTo(-3.0);
        assertThat(limiter.steeringRad).isEqualTo(0.05);
        limiter.limit(1.0, Double.POSITIVE_INFINITY, Double.NaN, 0.02, -3.0);
        assertThat(limiter.steeringRad).isZero();
        assertThat(limiter.nonFiniteReplaced()).isEqualTo(2);
    }

    @Test
    void withoutAReferenceTheSteeringIsOnlyRangeLimited() {
        limiter.limit(0.0, 0.5, Double.NaN, 0.02, -3.0);
        assertThat(limiter.steeringRad).isEqualTo(0.5);
        assertThat(limiter.steerRateLimited).isFalse();
        limiter.limit(0.0, -2.0, Double.NaN, 0.02, -3.0);
        assertThat(limiter.steeringRad).isEqualTo(-0.6);
        assertThat(limiter.steerClamped).isTrue();
    }
}
