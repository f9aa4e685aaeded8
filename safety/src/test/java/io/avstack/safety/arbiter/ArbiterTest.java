package io.avstack.safety.arbiter;

import static io.avstack.safety.Fixtures.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.SafetyStatus.DegradedMode;
import io.avstack.core.msg.SafetyStatus.Verdict;
import io.avstack.core.rss.RssResponse;
import io.avstack.safety.aeb.AebStage;
import io.avstack.safety.aeb.AebThreat;
import io.avstack.safety.rss.RssOutcome;
import io.avstack.safety.rss.TrajectoryOutcome;
import io.avstack.safety.watchdog.Health;
import io.avstack.safety.watchdog.HealthResponse;
import org.junit.jupiter.api.Test;

class ArbiterTest {

    private final Arbiter arbiter = new Arbiter(CONFIG.vehicle(), CONFIG.response());
    private final Health health = new Health();
    private final RssOutcome rss = new RssOutcome();
    private final TrajectoryOutcome plan = new TrajectoryOutcome();
    private final AebThreat threat = new AebThreat();
    private final Decision out = new Decision();

    ArbiterTest() {
        rss.reset();
        plan.reset();
        threat.reset();
    }

    private void arbitrate(double accel, double steer, AebStage stage) {
        arbiter.arbitrate(accel, steer, 15.0, 0.0, 0.5, 0.0, 0.02, health, rss, plan, stage, threat, -9.0, out);
    }

    @Test
    void aHealthyPlanWithinLimitsPassesUnchanged() {
        arbitrate(1.0, 0.01, AebStage.OFF);
        assertThat(out.verdict).isEqualTo(Verdict.PASS);
        assertThat(out.accelMps2).isEqualTo(1.0);
        assertThat(out.steeringRad).isEqualTo(0.01);
        assertThat(out.reason).isEmpty();
        assertThat(out.mode).isEqualTo(DegradedMode.NONE);
        assertThat(out.hazardRequested).isFalse();
    }

    @Test
    void aDangerousSituationClampsToTheProperResponseBraking() {
        rss.dangerousCount = 1;
        rss.accelCapMps2 = -4.0;
        rss.trackId = 7;
        rss.cls = ObjectClass.CAR;
        rss.ahead = true;
        rss.gapM = 20;
        rss.safeDistanceM = 30;
        rss.response = RssResponse.LONGITUDINAL;
        arbitrate(-1.0, 0.0, AebStage.OFF);
        assertThat(out.verdict).isEqualTo(Verdict.CLAMP);
        assertThat(out.accelMps2).isEqualTo(-4.0);
        assertThat(out.cause).isEqualTo("rss");
        assertThat(out.reason).startsWith("RSS: CAR 7 ahead 20.0 m < safe 30.0 m");
        arbitrate(-6.0, 0.0, AebStage.OFF); // the planner brakes harder already: passes, with the finding
        assertThat(out.verdict).isEqualTo(Verdict.PASS);
        assertThat(out.accelMps2).isEqualTo(-6.0);
        assertThat(out.reason).startsWith("RSS:");
    }

    @Test
    void aPlanDrivingIntoDangerMayNotAccelerate() {
        plan.violation = true;
        plan.trackId = 4;
        plan.cls = ObjectClass.CAR;
        plan.timeS = 1.5;
        plan.gapM = 10;
        plan.safeDistanceM = 20;
        arbitrate(1.5, 0.0, AebStage.OFF);
        assertThat(out.verdict).isEqualTo(Verdict.CLAMP);
        assertThat(out.accelMps2).isZero();
        assertThat(out.reason).isEqualTo("plan: CAR 4 in 1.5 s at 10.0 m < safe 20.0 m, no acceleration");
    }

    @Test
    void emergencyBrakingOverridesThePlannersAccelerationButKeepsItsSteering() {
        threat.offer(AebStage.BRAKE, 5, 10, 0.5, 12, 3, ObjectClass.CAR);
        arbitrate(0.5, 0.005, AebStage.BRAKE);
        assertThat(out.verdict).isEqualTo(Verdict.CLAMP);
        assertThat(out.accelMps2).isEqualTo(-9.0);
        assertThat(out.steeringRad).isEqualTo(0.005);
        assertThat(out.cause).isEqualTo("aeb-brake");
        assertThat(out.aebStage).isEqualTo(AebStage.BRAKE);
    }

    @Test
    void anAebWarningPassesWithItsReason() {
        threat.offer(AebStage.WARNING, 30, 12, 2.5, 2.4, 3, ObjectClass.CAR);
        arbitrate(-0.5, 0.0, AebStage.WARNING);
        assertThat(out.verdict).isEqualTo(Verdict.PASS);
        assertThat(out.reason).startsWith("AEB warning: CAR 3 at 30.0 m");
    }

    @Test
    void theMinimalRiskManoeuvreBuildsUpBrakingAndRequestsHazards() {
        health.response = HealthResponse.MRM;
        health.mode = DegradedMode.PLANNER_TIMEOUT;
        health.reason = "planner command stale: 0.12 s old (max 0.10)";
        arbiter.arbitrate(Double.NaN, Double.NaN, 15.0, 0.02, 0.5, 0.0, 0.02, health, rss, plan, AebStage.OFF,
                threat, -9.0, out);
        assertThat(out.verdict).isEqualTo(Verdict.OVERRIDE_MRM);
        assertThat(out.mode).isEqualTo(DegradedMode.PLANNER_TIMEOUT);
        assertThat(out.accelMps2).isCloseTo(0.5 - CONFIG.response().mrmJerkMps3() * 0.02, within(1e-12));
        assertThat(out.steeringRad).isCloseTo(0.016, within(1e-12)); // towards the path, rate-limited 0.8 rad/s
        assertThat(out.hazardRequested).isTrue();
        assertThat(out.reason).isEqualTo("minimal-risk manoeuvre (stop in lane, hazard lights requested): "
                + "planner command stale: 0.12 s old (max 0.10); steering rate limited to 0.80 rad/s");
    }

    @Test
    void oneMissingSensorCapsTheSpeed() {
        health.response = HealthResponse.SPEED_CAP;
        health.mode = DegradedMode.MISSING_SENSOR;
        health.reason = "fusion lost camera";
        arbitrate(1.0, 0.0, AebStage.OFF); // 15 m/s > 13.9 m/s
        assertThat(out.verdict).isEqualTo(Verdict.CLAMP);
        assertThat(out.accelMps2).isEqualTo(-CONFIG.response().degradedDecelMps2());
        assertThat(out.mode).isEqualTo(DegradedMode.MISSING_SENSOR);
        assertThat(out.reason).isEqualTo("speed capped at 13.9 m/s: fusion lost camera");
    }

    @Test
    void commandsBeyondTheActuatorsAreClampedAndSteeringRateLimited() {
        arbitrate(25.0, 0.3, AebStage.OFF);
        assertThat(out.verdict).isEqualTo(Verdict.CLAMP);
        assertThat(out.accelMps2).isEqualTo(CONFIG.vehicle().maxAccelMps2());
        assertThat(out.steeringRad).isCloseTo(0.016, within(1e-12));
        assertThat(out.reason).contains("acceleration 25.00 m/s² beyond the actuator limit")
                .contains("steering rate limited");
    }
}
