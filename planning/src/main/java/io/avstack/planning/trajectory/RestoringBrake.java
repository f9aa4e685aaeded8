package io.avstack.planning.trajectory;

import io.avstack.planning.SafeDistance;
import io.avstack.planning.behaviour.LaneTraffic;
import io.avstack.planning.behaviour.Situation;
import io.avstack.planning.config.PlanningConfig;
import io.avstack.planning.predict.PredictedObjects;

/**
 * The quickest comfortable response to a lead the ego is inside the RSS distance of, or about to be:
 * the least braking, reached at once, that keeps the ego outside the distance from the end of the
 * safety layer's response time on (RSS lets the rear car respond within rho of the first sighting,
 * then demands a_min,brake until safe; less the actuation delay) to the horizon's end, if
 * comfortable braking does. Braking built up at the comfort jerk from an acceleration first closes in
 * further: a lead first seen 5 m inside the distance at 30 m/s behind 25 (acc-follow-lead at
 * start-up), or a plan still accelerating at 0.9 m/s² 1 m outside it (a lane change leaving the
 * lead's corridor) left only the 4.5 m/s² profile meeting rss_gap. Braking at exactly the
 * comfortable limit would leave no room for the controller's feedback, hence the least that
 * suffices; where comfortable braking does not, there is none (the harder profiles answer).
 * Stateless.
 */
final class RestoringBrake {

    private RestoringBrake() {
    }

    /**
     * The deceleration, m/s² (positive), for the lead of lane {@code laneId}; NaN if there is none, if
     * it brakes harder than {@link #LEAD_BRAKING_MPS2}, if the ego keeps outside its RSS distance
     * without braking, or if comfortable braking does not keep it outside.
     */
    static double decelMps2(Situation sit, int laneId, StartState st, PlanningConfig config) {
        LaneTraffic t = sit.lane(laneId);
        PredictedObjects p = sit.objects();
        if (t.lead < 0 || p.asMps2(t.lead) < -LEAD_BRAKING_MPS2) {
            return Double.NaN;
        }
        double within = config.rss().responseTimeS() - config.vehicle().actuationDelayS();
        int from = Math.max(1, Math.min(p.samples() - 1, (int) Math.round(within / p.stepS())));
        double comfort = config.comfort().decelMps2();
        if (worstShortfallM(0.0, from, t.lead, p, st, config) <= 0.0) {
            return Double.NaN;
        }
        if (worstShortfallM(comfort, from, t.lead, p, st, config) > 0.0) {
            return Double.NaN; // comfortable braking does not suffice: the harder profiles answer
        }
        double lo = 0.0;
        double hi = comfort;
        for (int k = 0; k < BISECTIONS; k++) {
            double mid = 0.5 * (lo + hi);
            if (worstShortfallM(mid, from, t.lead, p, st, config) > 0.0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /**
     * A lead braking harder than this, m/s², is answered by the harder profiles: fusion's estimate of
     * its braking builds up over several world models, so the least braking that suffices by the
     * prediction is too little (a lead braking at 6 m/s² got a first answer of 2.8 m/s²,
     * planning-lead-brakes: 0.3 s longer inside the RSS distance, 0.3 m less gap).
     */
    static final double LEAD_BRAKING_MPS2 = 1.0;

    /** Bisection steps: the comfortable range to about 0.1 mm/s². */
    private static final int BISECTIONS = 16;

    /**
     * The largest RSS shortfall to lead {@code k} from sample {@code from} to the horizon's end, m, the
     * ego braking at {@code decel} from the start (a braking profile's first step reaches it).
     */
    private static double worstShortfallM(double decel, int from, int k, PredictedObjects p, StartState st,
            PlanningConfig config) {
        double v0 = Math.max(0.0, st.vMps());
        double stopS = decel > 0 ? v0 / decel : Double.POSITIVE_INFINITY;
        double front0 = st.sM() + config.vehicle().frontOffsetM();
        double worst = Double.NEGATIVE_INFINITY;
        for (int i = from; i < p.samples(); i++) {
            double t = Math.min(i * p.stepS(), stopS);
            double speed = v0 - decel * t;
            double gap = p.s(k, i) - p.halfAlongM(k) - (front0 + v0 * t - 0.5 * decel * t * t);
            worst = Math.max(worst, SafeDistance.longitudinalM(config.rss(), speed, p.vs(k, i)) - gap);
        }
        return worst;
    }
}
