package io.avstack.safety.arbiter;

import static io.avstack.safety.Fmt.f1;
import static io.avstack.safety.Fmt.f2;

import io.avstack.core.msg.SafetyStatus.Verdict;
import io.avstack.safety.aeb.AebStage;
import io.avstack.safety.aeb.AebThreat;
import io.avstack.safety.config.ResponseConfig;
import io.avstack.safety.config.VehicleLimits;
import io.avstack.safety.rss.RssOutcome;
import io.avstack.safety.rss.TrajectoryOutcome;
import io.avstack.safety.watchdog.Health;
import io.avstack.safety.watchdog.HealthResponse;

/**
 * Produces the one command to the vehicle from the planner's proposal and the checks' demands:
 * PASS it unchanged, CLAMP it (harder braking, bounded steering or steering rate), or replace it
 * with the minimal-risk manoeuvre (OVERRIDE_MRM). Demands only ever tighten: each is a ceiling on
 * acceleration or a bound on steering, so their order does not matter; the {@link CommandLimiter}
 * runs last. Owned by one thread.
 */
public final class Arbiter {

    /** A difference from the proposal below this is not a clamp (float noise), in m/s² or rad. */
    static final double SAME_EPS = 1e-9;
    /** Below the cap the speed is let up towards it at (cap - v) times this, 1/s. */
    static final double SPEED_CAP_GAIN_PER_S = 1.0;

    private final VehicleLimits vehicle;
    private final ResponseConfig response;
    private final Mrm mrm;
    private final CommandLimiter limiter;
    private final StringBuilder reason = new StringBuilder();

    public Arbiter(VehicleLimits vehicle, ResponseConfig response) {
        this.vehicle = vehicle;
        this.response = response;
        this.mrm = new Mrm(response);
        this.limiter = new CommandLimiter(vehicle);
    }

    /**
     * One arbitration. The proposal is the planner's command, or NaN when the planner is unusable
     * (the manoeuvre then supplies it).
     *
     * @param proposedAccelMps2  planner acceleration, NaN if none
     * @param proposedSteerRad   planner steering, NaN if none
     * @param egoSpeedMps        current speed, NaN if unknown
     * @param mrmSteerRad        steering that keeps the ego in its lane while stopping
     * @param previousAccelMps2  last final acceleration, NaN if none
     * @param referenceSteerRad  steering the rate limit starts from, NaN if none
     * @param dtS                time since the previous final command (or reference), s
     */
    public void arbitrate(double proposedAccelMps2, double proposedSteerRad, double egoSpeedMps, double mrmSteerRad,
                          double previousAccelMps2, double referenceSteerRad, double dtS, Health health,
                          RssOutcome rss, TrajectoryOutcome plan, AebStage aebStage, AebThreat threat,
                          double aebAccelMps2, Decision out) {
        reason.setLength(0);
        out.cause = "";
        boolean proposal = Double.isFinite(proposedAccelMps2) && Double.isFinite(proposedSteerRad);
        boolean runMrm = health.response == HealthResponse.MRM || !proposal;
        double accel = proposal ? proposedAccelMps2 : Double.POSITIVE_INFINITY;
        double steer = proposal ? proposedSteerRad : mrmSteerRad;
        if (runMrm) {
            accel = Math.min(accel, mrm.accelMps2(previousAccelMps2, dtS));
            cause(out, "mrm", "minimal-risk manoeuvre (stop in lane, hazard lights requested): "
                    + (health.reason.isEmpty() ? "no planner command" : health.reason));
        } else if (health.response == HealthResponse.SPEED_CAP) {
            double cap = speedCapAccelMps2(egoSpeedMps);
            boolean binds = cap < accel;
            accel = Math.min(accel, cap);
            cause(out, binds ? "speed-cap" : "speed-cap-info", "speed capped at "
                    + f1(response.degradedMaxSpeedMps()) + " m/s: " + health.reason);
        }
        if (rss.dangerousCount > 0) {
            boolean binds = rss.accelCapMps2 < accel || steer < rss.steerMinRad || steer > rss.steerMaxRad;
            accel = Math.min(accel, rss.accelCapMps2);
            steer = Math.max(rss.steerMinRad, Math.min(rss.steerMaxRad, steer));
            cause(out, binds ? "rss" : "rss-info", rss.describe());
        }
        if (plan.violation && accel > 0) {
            accel = 0.0;
            cause(out, "plan", plan.describe() + ", no acceleration");
        }
        if (aebStage == AebStage.BRAKE) {
            accel = Math.min(accel, aebAccelMps2);
            cause(out, "aeb-brake", "AEB brake: " + threat.describe());
        } else if (aebStage == AebStage.WARNING) {
            cause(out, "aeb-warning", "AEB warning: " + threat.describe());
        }
        limiter.limit(accel, steer, referenceSteerRad, dtS, mrm.accelMps2(previousAccelMps2, dtS));
        describeLimits(out, accel, steer);
        out.accelMps2 = limiter.accelMps2;
        out.steeringRad = limiter.steeringRad;
        out.aebStage = aebStage;
        out.hazardRequested = runMrm;
        out.mode = health.mode;
        out.verdict = verdict(runMrm, proposal, proposedAccelMps2, proposedSteerRad, out);
        if (out.verdict == Verdict.PASS && !runMrm && health.response == HealthResponse.NONE && !health.reason.isEmpty()) {
            cause(out, "health-info", health.reason);
        }
        out.reason = reason.toString();
    }

    private Verdict verdict(boolean runMrm, boolean proposal, double proposedAccel, double proposedSteer,
                            Decision out) {
        if (runMrm) {
            return Verdict.OVERRIDE_MRM;
        }
        boolean changed = !proposal || Math.abs(out.accelMps2 - proposedAccel) > SAME_EPS
                || Math.abs(out.steeringRad - proposedSteer) > SAME_EPS;
        if (changed && reason.isEmpty()) {
            cause(out, "limit", "command limited");
        }
        return changed ? Verdict.CLAMP : Verdict.PASS;
    }

    private void describeLimits(Decision out, double accel, double steer) {
        if (limiter.nonFinite) {
            cause(out, "non-finite", "non-finite command replaced by braking");
        }
        if (limiter.accelClamped && !limiter.nonFinite) {
            cause(out, "limit", "acceleration " + f2(accel) + " m/s² beyond the actuator limit");
        }
        if (limiter.steerClamped && !limiter.nonFinite) {
            cause(out, "limit", "steering " + f2(steer) + " rad beyond the actuator limit");
        }
        if (limiter.steerRateLimited) {
            cause(out, "limit", "steering rate limited to " + f2(vehicle.maxSteerRateRadps()) + " rad/s");
        }
    }

    /** Records a cause; the first one recorded in a cycle names it. */
    private void cause(Decision out, String key, String text) {
        if (out.cause.isEmpty()) {
            out.cause = key;
        }
        if (!reason.isEmpty()) {
            reason.append("; ");
        }
        reason.append(text);
    }

    /** The ceiling that brings the speed down to the degraded cap, or lets it up towards it. */
    double speedCapAccelMps2(double egoSpeedMps) {
        if (!Double.isFinite(egoSpeedMps)) {
            return -response.degradedDecelMps2();
        }
        double cap = response.degradedMaxSpeedMps();
        return egoSpeedMps > cap ? -response.degradedDecelMps2() : (cap - egoSpeedMps) * SPEED_CAP_GAIN_PER_S;
    }

    /** The limiter's count of replaced non-finite commands. */
    public long nonFiniteReplaced() {
        return limiter.nonFiniteReplaced();
    }
}
