package io.avstack.planning.trajectory;

import io.avstack.planning.behaviour.ReferencePlan;
import io.avstack.planning.behaviour.Situation;
import io.avstack.planning.config.PlanningConfig;
import io.avstack.planning.road.RoadView;
import java.util.List;

/**
 * The trajectory layer: builds the Frenet lattice (lateral quintic paths to the centres of the lanes
 * the behaviour allows, times longitudinal profiles: the lanes' reference plans, quartic
 * speed-keeping profiles around the target lane's reference, constant-deceleration braking, and
 * close to a lead's RSS distance the quickest comfortable response, {@link RestoringBrake}),
 * costs every combination ({@link CostModel}), then checks them cheapest first against the hard
 * constraints ({@link ConstraintChecker}) and keeps the first that passes. When none does, the
 * fallback is maximum comfortable braking if that keeps clear of every road user, else emergency
 * braking at the vehicle's hardest deceleration; both are flagged.
 */
public final class LatticePlanner {

    private final RoadView road;
    private final PlanningConfig config;
    private final ConstraintChecker checker;
    private final CostModel costs;
    private final LonProfiles lon;
    private final LatProfiles lat;
    private final double[] lonCost;
    private final double[] total;
    /** Where the last chosen lateral path reaches its lane centre, and which centre (NaN: none). */
    private double lastLatEndSM = Double.NaN;
    private double lastLatTargetDM = Double.NaN;

    public LatticePlanner(RoadView road, PlanningConfig config, int samples) {
        this.road = road;
        this.config = config;
        this.checker = new ConstraintChecker(road, config);
        this.costs = new CostModel(config);
        PlanningConfig.Lattice lt = config.lattice();
        int lonCap = 2 + lt.velocityTimesS().size() * lt.speedOffsetsMps().size() + lt.brakeDecelsMps2().size() + 3;
        int latCap = 2 * (lt.lateralTimesS().size() + 1) + 1;
        this.lon = new LonProfiles(lonCap, samples, config.horizon().stepS());
        this.lat = new LatProfiles(latCap);
        this.lonCost = new double[lonCap];
        this.total = new double[lonCap * latCap];
    }

    public LonProfiles lon() {
        return lon;
    }

    public LatProfiles lat() {
        return lat;
    }

    public ConstraintChecker checker() {
        return checker;
    }

    /**
     * Plans one cycle.
     *
     * @param refs        reference plans by forward lane ({@code refs[-laneId - 1]})
     * @param lanes       lanes to build paths to; the first is the target (the others are alternatives)
     * @param laneCount   how many of {@code lanes} to use
     * @param egoLaneId   the lane the ego is in (the fallback keeps it)
     */
    public void plan(Situation sit, StartState start, ReferencePlan[] refs, int[] lanes, int laneCount, int egoLaneId,
            LatticeResult out) {
        ReferencePlan target = refs[-lanes[0] - 1];
        buildLongitudinal(sit, start, refs, lanes, laneCount, target, egoLaneId);
        lon.sampleRoad(road.map(), config.vehicle().frontOffsetM());
        buildLateral(start, lanes, laneCount);
        checker.prepare(sit, start.sM(), start.vMps());
        int nLon = lon.count();
        int nLat = lat.count();
        for (int m = 0; m < nLon; m++) {
            lonCost[m] = costs.longitudinal(lon, m, target.vMps);
        }
        double targetD = road.centreD(lanes[0]);
        for (int l = 0; l < nLat; l++) {
            for (int m = 0; m < nLon; m++) {
                total[l * nLon + m] = lonCost[m] + costs.lateral(lat, l, lon, m, targetD);
            }
        }
        int n = nLat * nLon;
        out.candidates = n;
        out.checked = 0;
        out.cheapestViolation = null;
        out.fallback = Fallback.NONE;
        for (int tries = 0; tries < n; tries++) {
            int best = argmin(total, n);
            double cost = total[best];
            total[best] = Double.POSITIVE_INFINITY;
            int l = best / nLon;
            int m = best % nLon;
            Constraint c = checker.check(lat, l, lon, m);
            out.checked++;
            if (tries == 0) {
                out.cheapestViolation = c;
            }
            if (c == null) {
                remember(l, start.sM());
                out.lat = l;
                out.lon = m;
                out.cost = cost;
                return;
            }
        }
        fallback(start, egoLaneId, out);
    }

    private void fallback(StartState start, int egoLaneId, LatticeResult out) {
        List<Double> times = config.lattice().lateralTimesS();
        double length = Math.max(config.lattice().minLateralDistanceM(), start.vMps() * times.get(times.size() / 2));
        int l = lat.add(start.dM(), start.dPrime(), start.dPrime2(), road.centreD(egoLaneId), length, egoLaneId);
        int comfortable = lon.addBraking(start.sM(), start.vMps(), start.aMps2(), config.comfort().decelMps2(),
                config.comfort().jerkMps3(), releaseJerk(start, config.comfort().jerkMps3()));
        int emergency = lon.addBraking(start.sM(), start.vMps(), start.aMps2(), config.vehicle().maxDecelMps2(),
                config.limits().jerkMps3(), config.limits().jerkMps3());
        lon.sampleRoad(road.map(), config.vehicle().frontOffsetM());
        out.lat = l;
        out.cost = Double.NaN;
        remember(l, start.sM());
        // against an oncoming vehicle (the only road users comfortable braking does not keep clear of)
        // the ego in its lane answers as RSS's car in its correct lane does, braking at about the
        // minimum (rss brakeMinCorrect, 3 m/s²): harder braking cannot keep clear of a car driving into
        // the ego's lane, and the lateral estimate of a far oncoming track is the least certain (a
        // radar-only track's offset can be 2 m off for half a second: an emergency stop for nothing)
        if (checker.checkSafety(lat, l, lon, comfortable) == null
                || checker.checkSafetyExceptOncoming(lat, l, lon, comfortable) == null) {
            out.lon = comfortable;
            out.fallback = Fallback.COMFORTABLE_BRAKING;
        } else {
            out.lon = emergency;
            out.fallback = Fallback.EMERGENCY_BRAKING;
        }
    }

    private void buildLongitudinal(Situation sit, StartState st, ReferencePlan[] refs, int[] lanes, int laneCount,
            ReferencePlan target, int egoLaneId) {
        lon.clear();
        for (int i = 0; i < laneCount; i++) {
            ReferencePlan r = refs[-lanes[i] - 1];
            lon.addPlan(r.sM, r.vMps, r.aMps2, r.laneId);
        }
        PlanningConfig.Lattice lt = config.lattice();
        double dt = config.horizon().stepS();
        for (double t : lt.velocityTimesS()) {
            int idx = Math.min(target.samples() - 1, (int) Math.round(t / dt));
            for (double off : lt.speedOffsetsMps()) {
                lon.addSpeedKeeping(st.sM(), st.vMps(), st.aMps2(), Math.max(0.0, target.vMps[idx] + off), t);
            }
        }
        for (double decel : lt.brakeDecelsMps2()) {
            // comfortable braking ramps in at the comfort jerk; harder braking is for safety and ramps in fast
            double jerk = decel <= config.comfort().decelMps2() ? config.comfort().jerkMps3() : config.limits().jerkMps3();
            lon.addBraking(st.sM(), st.vMps(), st.aMps2(), decel, jerk, releaseJerk(st, jerk));
        }
        // close to a lead's RSS distance: the quickest comfortable response (RestoringBrake)
        double restoring = RestoringBrake.decelMps2(sit, egoLaneId, st, config);
        if (!Double.isNaN(restoring)) {
            lon.addBraking(st.sM(), st.vMps(), st.aMps2(), restoring, config.limits().jerkMps3(),
                    releaseJerk(st, config.comfort().jerkMps3()));
        }
    }

    /**
     * How fast a braking profile eases off the start's braking: at the hard jerk when the start brakes
     * harder than comfortable (what is left of an emergency stop need not linger), else at the
     * profile's own jerk (easing a comfortable stop at once would end it metres early).
     */
    private double releaseJerk(StartState st, double jerk) {
        return st.aMps2() < -config.comfort().decelMps2() ? config.limits().jerkMps3() : jerk;
    }

    private void buildLateral(StartState st, int[] lanes, int laneCount) {
        lat.clear();
        double minLength = config.lattice().minLateralDistanceM();
        for (int i = 0; i < laneCount; i++) {
            double centre = road.centreD(lanes[i]);
            for (double tau : config.lattice().lateralTimesS()) {
                double length = Math.max(minLength, st.vMps() * tau);
                lat.add(st.dM(), st.dPrime(), st.dPrime2(), centre, length, lanes[i]);
            }
            // the last plan's path, if it heads for the same centre: keeps a manoeuvre under way from
            // being stretched (and overshooting) when it is replanned at a higher speed or by a new state
            double remaining = lastLatEndSM - st.sM();
            if (centre == lastLatTargetDM && remaining > MIN_CONTINUED_M) {
                lat.add(st.dM(), st.dPrime(), st.dPrime2(), centre, remaining, lanes[i]);
            }
        }
    }

    /** Shortest remaining lateral manoeuvre continued from the last plan, m. */
    static final double MIN_CONTINUED_M = 2.0;

    private void remember(int l, double s0) {
        lastLatEndSM = s0 + lat.lengthM(l);
        lastLatTargetDM = lat.targetDM(l);
    }

    private static int argmin(double[] values, int n) {
        int best = 0;
        for (int i = 1; i < n; i++) {
            if (values[i] < values[best]) {
                best = i;
            }
        }
        return best;
    }
}
