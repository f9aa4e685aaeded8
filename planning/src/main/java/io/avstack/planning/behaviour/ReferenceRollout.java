package io.avstack.planning.behaviour;

import io.avstack.planning.config.PlanningConfig;
import io.avstack.planning.predict.PredictedObjects;

/**
 * Integrates the longitudinal law over the horizon in one lane against the lane's predicted lead and
 * its stop points, with the comfort jerk (the hard jerk limit when the law asks for more than
 * comfortable braking) and the hard acceleration limits. Nominal braking fades out near standstill
 * (a soft stop), so stopping does not jolt.
 */
public final class ReferenceRollout {

    /** Below comfortable braking, deceleration is at most speed / this, s (a soft stop). */
    static final double SOFT_STOP_TIME_S = 0.5;
    /** ... but never limited below this, m/s², so the car does come to rest. */
    public static final double SOFT_STOP_DECEL_MPS2 = 0.2;

    private final PlanningConfig config;
    private final AccLaw law;
    private final double frontOffsetM;

    public ReferenceRollout(PlanningConfig config, AccLaw law) {
        this.config = config;
        this.law = law;
        this.frontOffsetM = config.vehicle().frontOffsetM();
    }

    /**
     * Fills {@code dest} for lane {@code laneId} from the start state (s0, v0, a0).
     *
     * @param profile the lane's speed cap ahead
     */
    public void compute(ReferencePlan dest, Situation sit, int laneId, SpeedProfile profile, double s0, double v0,
            double a0) {
        double dt = config.horizon().stepS();
        int n = dest.samples();
        double[] s = dest.sM;
        double[] v = dest.vMps;
        double[] a = dest.aMps2;
        dest.laneId = laneId;
        s[0] = s0;
        v[0] = Math.max(0.0, v0);
        a[0] = a0;
        int lead = sit.lane(laneId).lead;
        double comfortJerk = config.comfort().jerkMps3() * dt;
        double hardJerk = config.limits().jerkMps3() * dt;
        int previewSamples = Math.max(1, Math.min(n - 1, (int) Math.round(config.laneChange().previewS() / dt)));
        double previewSum = 0;
        dest.bindingAccelMps2 = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n - 1; i++) {
            double want = desiredAccel(dest, sit, laneId, lead, profile, i, s[i], v[i], true);
            want = Math.max(-config.limits().decelMps2(), Math.min(config.comfort().accelMps2(), want));
            boolean urgent = want < -config.comfort().decelMps2();
            if (!urgent) {
                // a soft stop: the braking fades with the speed, so the car comes to rest without a jolt
                want = Math.max(want, -Math.max(v[i] / SOFT_STOP_TIME_S, SOFT_STOP_DECEL_MPS2));
            }
            double step = urgent ? hardJerk : comfortJerk;
            double acc = Math.max(a[i] - step, Math.min(a[i] + releaseStep(a[i], step, hardJerk), want));
            integrate(s, v, a, i, acc, dt);
            if (i < previewSamples) {
                previewSum += a[i + 1];
            }
        }
        dest.previewAccelMps2 = previewSum / previewSamples;
        dest.targetSpeedMps = dest.binding == Binding.FREE ? profile.capMps(s0 + frontOffsetM)
                : dest.binding == Binding.LEAD ? Math.max(0.0, sit.objects().vs(dest.leadIndex, 0)) : 0.0;
    }

    /**
     * How far the acceleration may rise in one step from {@code a}: braking harder than comfortable
     * (left over from an emergency stop) is released at the hard jerk down to comfortable braking, so a
     * stop that turned out unnecessary does not go on braking hard for seconds at the comfort jerk.
     */
    private double releaseStep(double a, double step, double hardStep) {
        double comfortDecel = config.comfort().decelMps2();
        return a < -comfortDecel ? Math.max(step, Math.min(hardStep, -comfortDecel - a)) : step;
    }

    /** Advances sample i to i+1 with acceleration {@code acc}; a vehicle that reaches standstill stays there. */
    static void integrate(double[] s, double[] v, double[] a, int i, double acc, double dt) {
        double vNext = v[i] + acc * dt;
        if (vNext < 0) {
            double tStop = acc < 0 ? v[i] / -acc : 0.0;
            s[i + 1] = s[i] + 0.5 * v[i] * tStop;
            v[i + 1] = 0.0;
            a[i + 1] = acc < 0 && v[i] > 0 ? acc : 0.0;
        } else {
            s[i + 1] = s[i] + v[i] * dt + 0.5 * acc * dt * dt;
            v[i + 1] = vNext;
            a[i + 1] = acc;
        }
    }

    private double desiredAccel(ReferencePlan dest, Situation sit, int laneId, int lead, SpeedProfile profile, int i,
            double s, double v, boolean recordBinding) {
        // what binds is the constraint asking for the lowest acceleration anywhere on the horizon: the
        // lattice brakes earlier and more gently than the law, so a stop point seconds ahead already
        // shapes what the car does now
        double front = s + frontOffsetM;
        double desired = profile.capMps(front + v * config.rules().speedAnticipationTimeS());
        double best = law.freeAccelMps2(v, desired);
        Binding binding = Binding.FREE;
        int stopIndex = -1;
        PredictedObjects p = sit.objects();
        if (lead >= 0) {
            double gap = p.s(lead, i) - p.halfAlongM(lead) - front;
            double acc = law.leadAccelMps2(v, gap, p.vs(lead, i), p.vs(lead, i) > 0 ? p.asMps2(lead) : 0.0);
            if (acc < best) {
                best = acc;
                binding = Binding.LEAD;
            }
        }
        StopPoints stops = sit.stops;
        for (int k = 0; k < stops.count(); k++) {
            if (!stops.appliesTo(k, laneId)) {
                continue;
            }
            double acc = law.stopAccelMps2(v, stops.frontLimitSM(k) - front);
            if (acc < best) {
                best = acc;
                binding = Binding.STOP;
                stopIndex = k;
            }
        }
        if (recordBinding && best < dest.bindingAccelMps2) {
            dest.binding = binding;
            dest.leadIndex = binding == Binding.LEAD ? lead : -1;
            dest.stopIndex = stopIndex;
            dest.bindingAccelMps2 = best;
            dest.freeLimit = profile.limitAt(front + v * config.rules().speedAnticipationTimeS());
        }
        return best;
    }
}
