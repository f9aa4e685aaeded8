package io.avstack.safety.arbiter;

import static io.avstack.safety.Fixtures.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.SafetyStatus.Verdict;
import io.avstack.core.rss.RssResponse;
import io.avstack.safety.aeb.AebStage;
import io.avstack.safety.aeb.AebThreat;
import io.avstack.safety.config.VehicleLimits;
import io.avstack.safety.rss.RssOutcome;
import io.avstack.safety.rss.TrajectoryOutcome;
import io.avstack.safety.watchdog.Health;
import io.avstack.safety.watchdog.HealthResponse;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever goes in, the final command is finite, within the actuator limits and rate-limited. */
class ArbiterPropertiesTest {

    private static final VehicleLimits LIMITS = CONFIG.vehicle();

    @Provide
    Arbitrary<Double> anyDouble() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(-1e300, 1e300),
                Arbitraries.doubles().between(-20, 20),
                Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.0, -0.0,
                        Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE));
    }

    @Property(seed = "20261123") // fixed: tests are deterministic
    void theFinalCommandIsAlwaysFiniteAndWithinTheLimits(
            @ForAll("anyDouble") double accel, @ForAll("anyDouble") double steer, @ForAll("anyDouble") double speed,
            @ForAll("anyDouble") double mrmSteer, @ForAll("anyDouble") double previousAccel,
            @ForAll("anyDouble") double referenceSteer, @ForAll("anyDouble") double dtS,
            @ForAll("anyDouble") double rssCap, @ForAll("anyDouble") double steerMin, @ForAll("anyDouble") double steerMax,
            @ForAll("anyDouble") double aebAccel, @ForAll HealthResponse response, @ForAll AebStage stage,
            @ForAll boolean dangerous, @ForAll boolean violation) {
        Arbiter arbiter = new Arbiter(LIMITS, CONFIG.response());
        Health health = new Health();
        health.response = response;
        health.reason = response == HealthResponse.NONE ? "" : "some failure";
        RssOutcome rss = new RssOutcome();
        rss.reset();
        if (dangerous) {
            rss.dangerousCount = 1;
            rss.accelCapMps2 = rssCap;
            rss.steerMinRad = steerMin;
            rss.steerMaxRad = steerMax;
            rss.cls = ObjectClass.CAR;
            rss.response = RssResponse.BOTH;
        }
        TrajectoryOutcome plan = new TrajectoryOutcome();
        plan.reset();
        plan.violation = violation;
        AebThreat threat = new AebThreat();
        threat.reset();
        Decision out = new Decision();

        arbiter.arbitrate(accel, steer, speed, mrmSteer, previousAccel, referenceSteer, dtS, health, rss, plan, stage,
                threat, aebAccel, out);

        assertThat(out.accelMps2).isFinite().isBetween(-LIMITS.maxDecelMps2(), LIMITS.maxAccelMps2());
        assertThat(out.steeringRad).isFinite().isBetween(-LIMITS.maxSteerRad(), LIMITS.maxSteerRad());
        if (Double.isFinite(referenceSteer) && Math.abs(referenceSteer) <= LIMITS.maxSteerRad()
                && Double.isFinite(dtS) && dtS >= 0) {
            double maxStep = LIMITS.maxSteerRateRadps() * Math.min(dtS, CommandLimiter.MAX_REFERENCE_AGE_S);
            assertThat(Math.abs(out.steeringRad - referenceSteer)).isLessThanOrEqualTo(maxStep + 1e-12);
        }
        assertThat(out.verdict).isNotNull();
        if (out.verdict != Verdict.PASS) {
            assertThat(out.reason).isNotBlank();
        }
        if (response == HealthResponse.MRM) {
            assertThat(out.verdict).isEqualTo(Verdict.OVERRIDE_MRM);
        }
    }
}
