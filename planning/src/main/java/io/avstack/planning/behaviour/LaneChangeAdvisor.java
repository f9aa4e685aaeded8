package io.avstack.planning.behaviour;

import io.avstack.core.map.LaneSide;
import io.avstack.core.msg.ObjectClass;
import io.avstack.planning.SafeDistance;
import io.avstack.planning.config.PlanningConfig;
import io.avstack.planning.predict.PredictedObjects;
import io.avstack.planning.road.RoadView;

/**
 * MOBIL (Kesting, Treiber, Helbing 2007) on the reference plans: the ego's gain is the difference of
 * the mean acceleration the longitudinal law gives over the preview in the other lane and in its
 * own; the followers' braking caused or relieved is weighted by the politeness; moving towards the
 * route's lane gets a bonus. A change is only advised across a crossable marking, outside the
 * cooldown, not shortly before a stop line or crosswalk, and when the target lane is safe: the
 * gaps to its lead and follower are at least the RSS safe distance and the new follower need not
 * brake harder than the safe deceleration.
 */
public final class LaneChangeAdvisor {

    private final RoadView road;
    private final PlanningConfig config;
    private final AccLaw law;

    public LaneChangeAdvisor(RoadView road, PlanningConfig config, AccLaw law) {
        this.road = road;
        this.config = config;
        this.law = law;
    }

    /**
     * The best change from lane {@code fromLane}, or {@link LaneChangeAdvice#NONE}.
     *
     * @param refs reference plans indexed by forward lane ({@code refs[-laneId - 1]}), null for lanes not computed
     */
    public LaneChangeAdvice advise(Situation sit, ReferencePlan[] refs, int fromLane, int routeLane, boolean cooldown) {
        PlanningConfig.LaneChange lc = config.laneChange();
        if (!lc.enabled() || cooldown || stopPointNear(sit) || cutInTooClose(sit, fromLane)) {
            return LaneChangeAdvice.NONE;
        }
        LaneChangeAdvice best = LaneChangeAdvice.NONE;
        int[] sides = {road.leftOf(fromLane), road.rightOf(fromLane)};
        LaneSide[] sideNames = {LaneSide.LEFT, LaneSide.RIGHT};
        for (int n = 0; n < 2; n++) {
            int to = sides[n];
            if (to == 0 || refs[-to - 1] == null || !road.mayCross(fromLane, sideNames[n]) || !isSafe(sit, to, 1.0)) {
                continue;
            }
            double incentive = refs[-to - 1].previewAccelMps2 - refs[-fromLane - 1].previewAccelMps2
                    + lc.politeness() * (followerChange(sit, to, true) + followerChange(sit, fromLane, false));
            if (to == routeLane) {
                incentive += lc.routeLaneBiasMps2();
            } else if (fromLane == routeLane) {
                incentive -= lc.routeLaneBiasMps2();
            }
            if (incentive > lc.thresholdMps2() && incentive > best.incentiveMps2()) {
                int lead = sit.lane(fromLane).lead;
                PredictedObjects p = sit.objects();
                best = new LaneChangeAdvice(to, incentive, why(sit, fromLane, to, routeLane),
                        lead >= 0 ? p.trackId(lead) : -1, lead >= 0 ? p.cls(lead) : ObjectClass.UNKNOWN,
                        lead >= 0 ? p.vs(lead, 0) : 0.0);
            }
        }
        return best;
    }

    private LaneChangeAdvice.Why why(Situation sit, int fromLane, int toLane, int routeLane) {
        int lead = sit.lane(fromLane).lead;
        if (lead >= 0 && sit.objects().isStationary(lead)) {
            return LaneChangeAdvice.Why.STOPPED_AHEAD;
        }
        if (toLane == routeLane) {
            return LaneChangeAdvice.Why.BACK_TO_ROUTE_LANE;
        }
        return LaneChangeAdvice.Why.SLOWER_AHEAD;
    }

    /**
     * Whether a vehicle is cutting into lane {@code fromLane} closer than the RSS safe distance: the
     * ego brakes to open the gap instead of swerving away mid-manoeuvre (its lateral path is still
     * uncertain, and a change started now keeps the ego in the cutter's lane for seconds at speed).
     */
    private boolean cutInTooClose(Situation sit, int fromLane) {
        LaneTraffic t = sit.lane(fromLane);
        return t.lead >= 0 && t.leadCutsIn
                && t.leadGapM < SafeDistance.longitudinalM(config.rss(), sit.egoSpeedMps, sit.objects().vs(t.lead, 0));
    }

    private boolean stopPointNear(Situation sit) {
        StopPoints stops = sit.stops;
        for (int i = 0; i < stops.count(); i++) {
            if (stops.kind(i) != StopKind.HOLD
                    && stops.frontLimitSM(i) - sit.frontSM < config.laneChange().noChangeBeforeStopM()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether lane {@code laneId}'s gaps allow the ego in: both at least {@code factor} times the
     * RSS safe distance, and the new follower's braking within the safe deceleration.
     */
    public boolean isSafe(Situation sit, int laneId, double factor) {
        LaneTraffic t = sit.lane(laneId);
        PredictedObjects p = sit.objects();
        double v = sit.egoSpeedMps;
        if (t.lead >= 0 && t.leadGapM < factor * SafeDistance.longitudinalM(config.rss(), v, p.vs(t.lead, 0))) {
            return false;
        }
        if (t.follower >= 0) {
            double vf = p.vs(t.follower, 0);
            if (t.followerGapM < factor * SafeDistance.longitudinalM(config.rss(), vf, v)) {
                return false;
            }
            return law.leadAccelMps2(vf, t.followerGapM, v, 0.0) >= -config.laneChange().safeDecelMps2();
        }
        return true;
    }

    /**
     * Change in a follower's acceleration (braking only) if the ego enters ({@code entering}) or
     * leaves lane {@code laneId}, m/s².
     */
    private double followerChange(Situation sit, int laneId, boolean entering) {
        LaneTraffic t = sit.lane(laneId);
        if (t.follower < 0) {
            return 0.0;
        }
        PredictedObjects p = sit.objects();
        double vf = p.vs(t.follower, 0);
        double withEgo = Math.min(0.0, law.leadAccelMps2(vf, t.followerGapM, sit.egoSpeedMps, 0.0));
        double withoutEgo = 0.0;
        if (t.lead >= 0) {
            double gap = t.followerGapM + config.vehicle().lengthM() + t.leadGapM;
            withoutEgo = Math.min(0.0, law.leadAccelMps2(vf, gap, p.vs(t.lead, 0), 0.0));
        }
        return entering ? withEgo - withoutEgo : withoutEgo - withEgo;
    }
}
