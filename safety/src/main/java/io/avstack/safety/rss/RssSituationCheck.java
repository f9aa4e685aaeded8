package io.avstack.safety.rss;

import io.avstack.core.rss.RssPairState;
import io.avstack.core.rss.RssParams;
import io.avstack.core.rss.RssResponse;
import io.avstack.safety.aeb.AebMath;
import io.avstack.safety.config.CheckConfig;
import io.avstack.safety.config.VehicleLimits;
import io.avstack.safety.geom.EgoOnPath;
import io.avstack.safety.geom.ObjectRelation;
import io.avstack.safety.geom.ObjectRelations;

/**
 * The RSS check of the current situation against every relevant object of the world model: ahead
 * in the ego's path (same direction or oncoming), alongside and behind. Tracks each pair's
 * dangerous situation and blame time ({@link RssPairState}) and turns the proper response into
 * limits on the ego's command:
 * <ul>
 *   <li>longitudinal, object ahead: brake at least a_min,brake (a_min,brake,correct when it is
 *       oncoming, the ego being in its correct lane);</li>
 *   <li>lateral: no steering towards the object beyond what following the path needs;</li>
 *   <li>and, beyond the paper's proper response, a dangerous object ahead whose lateral distance
 *       turned unsafe last is braked for when it is cutting in (moving towards the ego path), as
 *       hard as avoiding contact needs: RSS's "avoid a crash if you can" ({@link #cutInCapMps2}).</li>
 * </ul>
 * Objects behind owe the response; the ego as the front car is only bound not to brake harder
 * than a_max,brake, which its actuator limit already is. Owned by one thread; allocation-free per
 * object except for a new track's state.
 */
public final class RssSituationCheck {

    private final RssParams rss;
    private final RssParams vulnerable;
    private final VehicleLimits vehicle;
    private final CheckConfig checks;
    private final PairStates pairs = new PairStates();
    private double pathSteerRad;

    /** With one parameter set for every road user. */
    public RssSituationCheck(RssParams rss, VehicleLimits vehicle, CheckConfig checks) {
        this(rss, rss, vehicle, checks);
    }

    /** @param vulnerable the RSS parameters of pedestrians and cyclists; {@code rss}: the ego's and other cars' */
    public RssSituationCheck(RssParams rss, RssParams vulnerable, VehicleLimits vehicle, CheckConfig checks) {
        this.rss = rss;
        this.vulnerable = vulnerable;
        this.vehicle = vehicle;
        this.checks = checks;
    }

    /**
     * Checks every relevant object of this cycle's {@code relations} against the ego at {@code nowNs}
     * (the clock's time, for the response time of pairs first seen dangerous) into {@code out}.
     */
    public void check(long nowNs, EgoOnPath egoOnPath, ObjectRelations relations, RssOutcome out) {
        out.reset();
        pairs.begin();
        pathSteerRad = Double.NaN;
        for (int i = 0; i < relations.size(); i++) {
            ObjectRelation rel = relations.get(i);
            if (!relevant(rel, checks)) {
                continue;
            }
            RssParams obj = SafeDistances.paramsOf(rel.cls, rss, vulnerable);
            double lonSafeM = SafeDistances.longitudinalM(rel.ahead, egoOnPath.speedAlongMps, rel.lonSpeedMps, rss, obj);
            double latSafeM = SafeDistances.lateralM(rel.relDM, egoOnPath.lateralSpeedMps, rel.latSpeedMps, rss, obj);
            RssPairState pair = pairs.get(rel.trackId, nowNs);
            // laterally unsafe only if still so one standard deviation of its position further out:
            // a radar-only oncoming car 100 m ahead is placed to about +-1 m across (see WorldModelThreats)
            pair.update(rel.lonGapM > lonSafeM, rel.latGapM + rel.latSigmaM > latSafeM);
            boolean responding = pairs.dangerousSinceFirstSeenS(nowNs) < rss.responseTimeS();
            if (pair.dangerous()) {
                respond(rel, pair.response(), responding, egoOnPath, lonSafeM, latSafeM, out);
            }
        }
        pairs.end();
        if (out.steerMinRad > out.steerMaxRad) {
            // objects on both sides: hold the path
            double mid = 0.5 * (out.steerMinRad + out.steerMaxRad);
            out.steerMinRad = mid;
            out.steerMaxRad = mid;
        }
    }

    /** Objects within the configured range around the ego path. */
    static boolean relevant(ObjectRelation rel, CheckConfig checks) {
        if (Math.abs(rel.relDM) > checks.lateralRangeM()) {
            return false;
        }
        return rel.lonGapM <= (rel.ahead ? checks.lookaheadM() : checks.lookbehindM());
    }

    /**
     * @param responding the pair was first seen already dangerous and has been so for less than the
     *                   response time: the longitudinal braking is not owed yet ({@link #owesBraking})
     */
    private void respond(ObjectRelation rel, RssResponse response, boolean responding, EgoOnPath ego, double lonSafeM,
            double latSafeM, RssOutcome out) {
        out.dangerousCount++;
        boolean first = out.trackId < 0;
        if (rel.ahead) {
            double cap = owesBraking(response, responding)
                    ? (rel.lonSpeedMps >= 0 ? -rss.brakeMinMps2() : -rss.brakeMinCorrectMps2())
                    : cutInCapMps2(rel, ego);
            if (cap < out.accelCapMps2 || (cap == out.accelCapMps2 && rel.lonGapM < out.gapM)) {
                out.accelCapMps2 = cap;
                bind(rel, response, lonSafeM, false, out);
            } else if (first && cap == Double.POSITIVE_INFINITY) {
                bind(rel, response, latSafeM, true, out);
            }
        } else if (first) {
            bind(rel, response, latSafeM, true, out);
        }
        if (response.lateral()) {
            double pathSteerRad = pathSteerRad(ego);
            if (rel.relDM > 0) {
                out.steerMaxRad = Math.min(out.steerMaxRad, pathSteerRad);
            } else {
                out.steerMinRad = Math.max(out.steerMinRad, pathSteerRad);
            }
        }
    }

    /**
     * Whether the longitudinal proper response (braking at least a_min,brake) is owed now. The paper
     * lets the rear car respond within its response time ρ of the blame time (acceleration at most
     * a_max,accel during [t_b, t_b + ρ), braking from t_b + ρ until safe: the safe distance budgets
     * exactly that). A pair that turned dangerous while watched owes it at once, as in ad-rss-lib
     * (the conservative reading; the planner keeps the distance, so it rarely matters). A pair first
     * seen already dangerous has no known blame time; its first sighting is the earliest the ego
     * could respond, so the braking is owed from ρ after it, and meanwhile only the braking a cut-in
     * would need ({@link #cutInCapMps2}). A lead first seen 5 m inside the 97 m distance at 30 m/s
     * against 25 (acc-follow-lead: the first world models after start-up) was braked for at 4 m/s²
     * for one cycle; a planner braking comfortably at once restores the distance within ρ.
     */
    static boolean owesBraking(RssResponse response, boolean responding) {
        return response.longitudinal() && !responding;
    }

    /**
     * The braking demanded of the ego by an object ahead whose lateral distance turned unsafe last.
     * The paper leaves the longitudinal response to the cutting car; avoiding the crash if one can
     * asks the ego to brake only when the object itself moves towards the ego path (a confirmed
     * lateral velocity, {@link ObjectRelation#latSpeedMps}), and then as hard as keeping
     * {@link #CUT_IN_MARGIN_M} when the speeds match needs after the response time (at most
     * a_min,brake) and never to accelerate. When it is the
     * ego's own lateral motion (a lane change beside a slower car) the lateral response (no
     * steering towards it) is the whole answer: +infinity, no braking. So it is for an oncoming object
     * (the speeds never match: the rule asked for a_min,brake of an oncoming car 120 m ahead whose
     * lateral drift was its radar azimuth noise, oncoming-traffic); one that does come into the ego's
     * corridor is AEB's (it brakes for objects surely in the path).
     */
    double cutInCapMps2(ObjectRelation rel, EgoOnPath ego) {
        boolean towards = rel.relDM > 0 ? rel.latSpeedMps < -CUT_IN_MIN_LATERAL_MPS : rel.latSpeedMps > CUT_IN_MIN_LATERAL_MPS;
        if (!towards || rel.lonSpeedMps < 0) {
            return Double.POSITIVE_INFINITY;
        }
        double closing = rel.closingSpeedMps(ego);
        double needed = AebMath.requiredDecelMps2(rel.lonGapM - CUT_IN_MARGIN_M - Math.max(0.0, closing) * rss.responseTimeS(),
                Math.max(0.0, ego.speedAlongMps), rel.lonSpeedMps, Math.max(0.0, -rel.lonAccelMps2), 0.0);
        return -Math.min(rss.brakeMinMps2(), needed);
    }

    /** The braking for a cut-in keeps this much gap when the speeds match, m. */
    static final double CUT_IN_MARGIN_M = 2.0;

    /** An object ahead drifting towards the ego path faster than this counts as cutting in, m/s. */
    static final double CUT_IN_MIN_LATERAL_MPS = 0.2;

    /** The steering that follows the path's curvature at the ego, computed once per check. */
    private double pathSteerRad(EgoOnPath ego) {
        if (Double.isNaN(pathSteerRad)) {
            pathSteerRad = Math.atan(vehicle.wheelbaseM() * ego.curvaturePerM);
        }
        return pathSteerRad;
    }

    private static void bind(ObjectRelation rel, RssResponse response, double safeM, boolean lateral, RssOutcome out) {
        out.trackId = rel.trackId;
        out.cls = rel.cls;
        out.gapM = lateral ? rel.latGapM : rel.lonGapM;
        out.safeDistanceM = safeM;
        out.lateralGap = lateral;
        out.ahead = rel.ahead;
        out.oncoming = rel.ahead && rel.lonSpeedMps < 0;
        out.response = response;
    }

    /** Tracks whose pair state is kept (for tests: lost tracks are dropped). */
    int trackedPairs() {
        return pairs.size();
    }
}
