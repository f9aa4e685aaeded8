package io.avstack.planning.behaviour;

import io.avstack.core.map.Crosswalk;
import io.avstack.core.map.LightState;
import io.avstack.core.map.StopLine;
import io.avstack.core.map.TravelDirection;
import io.avstack.core.msg.TrafficLightState;
import io.avstack.core.msg.TrafficLightStates;
import io.avstack.planning.Route;
import io.avstack.planning.StoppingDistance;
import io.avstack.planning.config.PlanningConfig;
import io.avstack.planning.predict.PredictedObjects;
import io.avstack.planning.road.RoadView;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rules and the traffic out of the map, the light states and the prediction: the lead and
 * follower in each forward lane (a vehicle predicted to enter the lane within the cut-in horizon
 * counts as a lead), and the stop points ahead: red lights (and yellow ones the ego can stop for
 * comfortably; the decision is kept until the line is passed, and a line the ego committed to on
 * yellow is driven through on red unless it can still stop comfortably; any other red or unknown
 * light is stopped for whenever stopping is possible at all), road users crossing or about to
 * cross the ego's path, pedestrians at crosswalks, and the route's end.
 */
public final class SituationBuilder {

    /** Closest a yield point is put before the road user it yields to, m. */
    static final double MIN_YIELD_GAP_M = 0.5;
    /** A pedestrian at a crosswalk's kerb walks onto it only with a speed beyond this many standard deviations. */
    static final double WALKING_SIGMAS = 2.0;
    /** Speed assumed for the ego's arrival when it is slower, m/s (so a stopped ego still yields). */
    static final double MIN_ARRIVAL_SPEED_MPS = 2.0;

    private final RoadView road;
    private final PlanningConfig config;
    private final double frontOffsetM;
    private final double egoHalfWidthM;
    private final List<StopLine> stopLines = new ArrayList<>();
    private final List<Crosswalk> crosswalks = new ArrayList<>();
    /** Stop lines with a yellow light the ego decided to stop for / to drive through. */
    private final List<String> stoppingFor = new ArrayList<>();
    private final List<String> proceedingThrough = new ArrayList<>();

    public SituationBuilder(RoadView road, PlanningConfig config) {
        this.road = road;
        this.config = config;
        this.frontOffsetM = config.vehicle().frontOffsetM();
        this.egoHalfWidthM = 0.5 * config.vehicle().widthM();
    }

    /**
     * Fills {@code sit} (whose ego fields are set) from its predicted objects.
     *
     * @param lights      the latest light states, null if none
     * @param pathLanes   the lanes the ego's path covers this cycle (its lane and a lane-change target)
     */
    public void build(Situation sit, TrafficLightStates lights, long nowNs, Route route, int[] pathLanes) {
        sit.frontSM = sit.egoSM + frontOffsetM;
        for (int k = 0; k < sit.forwardLaneCount(); k++) {
            findTraffic(sit, -k - 1);
        }
        sit.stops.clear();
        addStopLines(sit, lights, nowNs);
        addYields(sit, pathLanes);
        double end = route.endSM() - config.rules().routeEndMarginM();
        sit.stops.add(Math.max(end, sit.frontSM), StopKind.ROUTE_END, 0, null, -1, route.endSM());
    }

    private void findTraffic(Situation sit, int laneId) {
        LaneTraffic t = sit.lane(laneId);
        t.reset(laneId);
        PredictedObjects p = sit.objects();
        double centre = road.centreD(laneId);
        double halfCorridor = egoHalfWidthM + config.prediction().corridorMarginM();
        int cutInSamples = (int) Math.round(config.prediction().cutInHorizonS() / p.stepS());
        double rear = sit.egoSM - config.vehicle().rearOverhangM();
        for (int k = 0; k < p.count(); k++) {
            if (p.isCrossing(k) || !p.isStationary(k) && p.vs(k, 0) < 0) {
                // crossing road users are yielded to, not followed; an oncoming vehicle cannot be followed
                // (the law assumes a lead going the ego's way): collision checks and the fallback answer it
                continue;
            }
            double reach = halfCorridor + p.halfAcrossM(k);
            boolean inLane = Math.abs(p.d(k, 0) - centre) < reach;
            double centreOffset = p.s(k, 0) - (sit.egoSM + 0.5 * (frontOffsetM - config.vehicle().rearOverhangM()));
            if (centreOffset > 0) {
                boolean cutsIn = !inLane && entersWithin(p, k, centre, reach, Math.min(cutInSamples, p.samples() - 1));
                double gap = p.s(k, 0) - p.halfAlongM(k) - sit.frontSM;
                if ((inLane || cutsIn) && gap < t.leadGapM) {
                    t.lead = k;
                    t.leadGapM = gap;
                    t.leadCutsIn = cutsIn;
                }
            } else if (inLane) {
                double gap = rear - (p.s(k, 0) + p.halfAlongM(k));
                if (gap < t.followerGapM) {
                    t.follower = k;
                    t.followerGapM = gap;
                }
            }
        }
    }

    private static boolean entersWithin(PredictedObjects p, int k, double centre, double reach, int samples) {
        for (int i = 1; i <= samples; i++) {
            if (Math.abs(p.d(k, i) - centre) < reach) {
                return true;
            }
        }
        return false;
    }

    private void addStopLines(Situation sit, TrafficLightStates lights, long nowNs) {
        road.map().stopLinesAhead(sit.frontSM - config.rules().stopLineMarginM(), config.horizon().previewM(),
                TravelDirection.FORWARD, stopLines);
        forgetPassed(sit.frontSM);
        boolean fresh = lights != null
                && nowNs - lights.header().stampNs() <= Math.round(config.horizon().maxInputAgeS() * 1e9)
                && lights.header().valid();
        for (int i = 0; i < stopLines.size(); i++) {
            StopLine line = stopLines.get(i);
            if (line.sM() < sit.frontSM) {
                continue; // the front is already over the line
            }
            LightState state = fresh ? stateOf(lights, line.id()) : null;
            if (state == LightState.GREEN) {
                stoppingFor.remove(line.id());
                continue;
            }
            double limit = Math.max(sit.frontSM, line.sM() - config.rules().stopLineMarginM());
            double distance = limit - sit.frontSM;
            StopKind kind;
            if (state == LightState.YELLOW) {
                if (proceedingThrough.contains(line.id())) {
                    continue;
                }
                if (!stoppingFor.contains(line.id())) {
                    if (!canStopComfortably(sit, distance)) {
                        proceedingThrough.add(line.id()); // cannot stop comfortably: go on
                        continue;
                    }
                    stoppingFor.add(line.id());
                }
                kind = StopKind.YELLOW_LIGHT;
            } else {
                boolean committed = proceedingThrough.contains(line.id());
                if (committed && !canStopComfortably(sit, distance) || !canStopAtAll(sit, distance)) {
                    continue; // committed on yellow and cannot stop comfortably, or cannot stop at all
                }
                kind = state == LightState.RED ? StopKind.RED_LIGHT : StopKind.UNKNOWN_LIGHT;
            }
            for (int lane : line.laneIds()) {
                sit.stops.add(limit, kind, lane, line.id(), -1, line.sM());
            }
        }
    }

    /**
     * Whether the ego stops within {@code distanceM} braking at most {@code yellowStopDecelMps2}, the
     * braking built up at the comfort jerk from the current acceleration: a car still accelerating
     * needs a second or more of ramp before it brakes at all.
     */
    private boolean canStopComfortably(Situation sit, double distanceM) {
        return StoppingDistance.of(sit.egoSpeedMps, sit.egoAccelMps2, config.rules().yellowStopDecelMps2(),
                config.comfort().jerkMps3(), config.limits().jerkMps3()) <= distanceM;
    }

    /** Whether the ego stops within {@code distanceM} at all (the hard braking limit, at the hard jerk). */
    private boolean canStopAtAll(Situation sit, double distanceM) {
        return StoppingDistance.of(sit.egoSpeedMps, sit.egoAccelMps2, config.limits().decelMps2(),
                config.limits().jerkMps3(), config.limits().jerkMps3()) <= distanceM;
    }

    private void forgetPassed(double frontSM) {
        for (int i = proceedingThrough.size() - 1; i >= 0; i--) {
            if (!contains(stopLines, proceedingThrough.get(i))) {
                proceedingThrough.remove(i);
            }
        }
        for (int i = stoppingFor.size() - 1; i >= 0; i--) {
            if (!contains(stopLines, stoppingFor.get(i))) {
                stoppingFor.remove(i);
            }
        }
    }

    private static boolean contains(List<StopLine> lines, String id) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static LightState stateOf(TrafficLightStates lights, String stopLineId) {
        List<TrafficLightState> list = lights.lights();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).stopLineId().equals(stopLineId)) {
                return list.get(i).state();
            }
        }
        return null;
    }

    private void addYields(Situation sit, int[] pathLanes) {
        PredictedObjects p = sit.objects();
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int lane : pathLanes) {
            lo = Math.min(lo, road.centreD(lane));
            hi = Math.max(hi, road.centreD(lane));
        }
        double half = egoHalfWidthM + config.prediction().corridorMarginM() + config.prediction().collisionMarginLatM();
        lo -= half;
        hi += half;
        road.map().crosswalksAhead(sit.frontSM, config.horizon().previewM(), TravelDirection.FORWARD, crosswalks);
        double rearS = sit.egoSM - config.vehicle().rearOverhangM();
        double arrivalSpeed = Math.max(MIN_ARRIVAL_SPEED_MPS, sit.egoSpeedMps);
        for (int k = 0; k < p.count(); k++) {
            double near = p.s(k, 0) - p.halfAlongM(k);
            if (near <= sit.frontSM) {
                continue; // beside or behind the front: too late to yield, collision checks take over
            }
            double limit = Double.NaN;
            if (p.isCrossing(k)) {
                double clearS = (p.s(k, 0) + p.halfAlongM(k) - rearS) / arrivalSpeed + config.rules().yieldSlackS();
                if (inPathWithin(p.d(k, 0), p.vdMps(k), p.halfAcrossM(k), lo, hi, clearS)) {
                    limit = near - config.rules().yieldMarginM();
                }
            }
            if (p.isVulnerable(k)) {
                double walk = crosswalkYieldLimit(p, k, lo, hi);
                if (!Double.isNaN(walk) && (Double.isNaN(limit) || walk < limit)) {
                    limit = walk;
                }
            }
            if (!Double.isNaN(limit)) {
                if (limit < sit.frontSM) {
                    // too close for the full margin: as far before it as the ego still can
                    limit = Math.max(sit.frontSM, near - MIN_YIELD_GAP_M);
                }
                sit.stops.add(limit, StopKind.YIELD, 0, null, p.trackId(k), near);
            }
        }
    }

    /**
     * Whether a road user at offset {@code d} moving sideways at {@code vd} overlaps the band
     * [{@code lo}, {@code hi}] (widened by its half width) at some time in [0, {@code untilS}].
     */
    static boolean inPathWithin(double d, double vd, double halfAcross, double lo, double hi, double untilS) {
        double a = lo - halfAcross;
        double b = hi + halfAcross;
        if (d > a && d < b) {
            return true;
        }
        if (Math.abs(vd) < 1e-6) {
            return false;
        }
        double t1 = (a - d) / vd;
        double t2 = (b - d) / vd;
        double enter = Math.min(t1, t2);
        double exit = Math.max(t1, t2);
        return exit > 0 && enter <= untilS;
    }

    /**
     * Stop point before a crosswalk a pedestrian is on, or at the kerb of and walking onto, that
     * still has the ego's path ahead of it; NaN if none.
     */
    private double crosswalkYieldLimit(PredictedObjects p, int k, double lo, double hi) {
        double s = p.s(k, 0);
        double d = p.d(k, 0);
        double kerb = config.rules().crosswalkKerbZoneM();
        for (int i = 0; i < crosswalks.size(); i++) {
            Crosswalk walk = crosswalks.get(i);
            if (s < walk.fromS() - p.halfAlongM(k) || s > walk.toS() + p.halfAlongM(k)) {
                continue;
            }
            boolean onRoad = d <= road.roadLeftEdgeD() && d >= road.roadRightEdgeD();
            boolean atKerb = d <= road.roadLeftEdgeD() + kerb && d >= road.roadRightEdgeD() - kerb;
            // walking towards the path: beyond the noise of the estimate (a pedestrian standing at the far
            // kerb "stepping out" at 0.1 m/s with 0.26 m/s of noise had the ego brake at 5 m/s²)
            double vd = Math.abs(p.vdMps(k)) > WALKING_SIGMAS * p.sigmaVdMps(k) ? p.vdMps(k) : 0.0;
            double towardsPath = (0.5 * (lo + hi) - d) * vd;
            boolean inPath = d + p.halfAcrossM(k) > lo && d - p.halfAcrossM(k) < hi;
            boolean stillToCross = inPath || towardsPath > 0 || onRoad && p.isStationary(k);
            if (atKerb && (onRoad || towardsPath > 0) && stillToCross) {
                return walk.fromS() - config.rules().yieldMarginM();
            }
        }
        return Double.NaN;
    }
}
