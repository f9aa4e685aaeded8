package io.avstack.planning;

import io.avstack.core.config.ConfigValidator;
import io.avstack.core.map.RoadMap;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.TrafficLightStates;
import io.avstack.core.msg.Trajectory;
import io.avstack.core.msg.WorldModel;
import io.avstack.planning.behaviour.AccLaw;
import io.avstack.planning.behaviour.BehaviourMachine;
import io.avstack.planning.behaviour.BehaviourState;
import io.avstack.planning.behaviour.Binding;
import io.avstack.planning.behaviour.LaneChangeAdvice;
import io.avstack.planning.behaviour.LaneChangeAdvisor;
import io.avstack.planning.behaviour.MachineInput;
import io.avstack.planning.behaviour.ReferencePlan;
import io.avstack.planning.behaviour.ReferenceRollout;
import io.avstack.planning.behaviour.Situation;
import io.avstack.planning.behaviour.SituationBuilder;
import io.avstack.planning.behaviour.SpeedProfile;
import io.avstack.planning.behaviour.StopCause;
import io.avstack.planning.behaviour.StopKind;
import io.avstack.planning.behaviour.StopPoints;
import io.avstack.planning.config.PlanningConfig;
import io.avstack.planning.predict.PredictedObjects;
import io.avstack.planning.predict.Predictor;
import io.avstack.planning.road.EgoFrenet;
import io.avstack.planning.road.RoadView;
import io.avstack.planning.trajectory.Fallback;
import io.avstack.planning.trajectory.LatticePlanner;
import io.avstack.planning.trajectory.LatticeResult;
import io.avstack.planning.trajectory.PlannedPath;
import io.avstack.planning.trajectory.StartState;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One planning cycle, with no bus in it: world model, ego state and light states in; trajectory and
 * explanation out. In order: the start state (the last plan at this time, or the measurement when
 * the ego has left it), prediction, the situation (traffic per lane, stop points), each nearby
 * lane's reference speed plan, the lane-change advice, the behaviour transition, then the lattice.
 * Owned by one thread; keeps the behaviour state and the last plan between cycles.
 */
public final class Planner {

    /** The measured state replaces the last plan's when they differ by more than this, m / m / m/s. */
    static final double REPLAN_S_M = 1.5;
    static final double REPLAN_D_M = 0.5;
    static final double REPLAN_V_MPS = 1.5;
    /** The hold point lies this far beyond where the ego comes to rest, m. */
    static final double HOLD_SLACK_M = 0.05;

    private final RoadView road;
    private final PlanningConfig config;
    private final Route route;
    private final double setSpeedMps;
    private final int samples;
    private final EgoFrenet egoFrenet = new EgoFrenet();
    private final Predictor predictor;
    private final PredictedObjects objects = new PredictedObjects();
    private final Situation sit;
    private final SituationBuilder situations;
    private final AccLaw law;
    private final ReferenceRollout rollout;
    private final SpeedProfile[] profiles;
    private final ReferencePlan[] refs;
    private final ReferencePlan[] refsInUse;
    private final LaneChangeAdvisor advisor;
    private final BehaviourMachine machine;
    private final LatticePlanner lattice;
    private final LatticeResult result = new LatticeResult();
    private final PlannedPath path;
    private final StatusComposer status;
    private final int[] lanes = new int[2];
    private long seq;

    /**
     * @param setSpeedMps the speed to hold on a free road (speed limits and curves still apply), m/s
     */
    public Planner(RoadMap map, PlanningConfig config, Route route, double setSpeedMps) {
        ConfigValidator.validate(config, "planning config");
        this.road = new RoadView(map);
        if (!road.isForwardLane(route.laneId())) {
            throw new IllegalArgumentException("Route.laneId = " + route.laneId() + ": the road has forward lanes -1..-"
                    + map.lanes().stream().filter(l -> l.id() < 0).count());
        }
        if (!(setSpeedMps >= 0) || !Double.isFinite(setSpeedMps)) {
            throw new IllegalArgumentException("setSpeedMps = " + setSpeedMps + ": must be >= 0 and finite");
        }
        this.config = config;
        this.route = route;
        this.setSpeedMps = setSpeedMps;
        this.samples = (int) Math.round(config.horizon().horizonS() / config.horizon().stepS()) + 1;
        this.predictor = new Predictor(road, config);
        int lanesForward = (int) map.lanes().stream().filter(l -> l.id() < 0).count();
        this.sit = new Situation(lanesForward, objects);
        this.situations = new SituationBuilder(road, config);
        this.law = new AccLaw(config);
        this.rollout = new ReferenceRollout(config, law);
        this.profiles = new SpeedProfile[lanesForward];
        this.refs = new ReferencePlan[lanesForward];
        this.refsInUse = new ReferencePlan[lanesForward];
        for (int k = 0; k < lanesForward; k++) {
            profiles[k] = new SpeedProfile(config);
            refs[k] = new ReferencePlan(samples);
        }
        this.advisor = new LaneChangeAdvisor(road, config, law);
        this.machine = new BehaviourMachine(config);
        this.lattice = new LatticePlanner(road, config, samples);
        this.path = new PlannedPath(samples, config.horizon().stepS());
        this.status = new StatusComposer(config, law);
    }

    public PlanningConfig config() {
        return config;
    }

    /** Samples per trajectory. */
    public int samples() {
        return samples;
    }

    public BehaviourState state() {
        return machine.state();
    }

    /**
     * Plans one cycle at {@code nowNs}.
     *
     * @param world  the latest world model (frame "map")
     * @param ego    the latest ego state (frame "map")
     * @param lights the latest light states, null if none has arrived
     */
    public PlanOutput plan(WorldModel world, EgoState ego, TrafficLightStates lights, long nowNs) {
        egoFrenet.set(road.map(), ego, config.vehicle().wheelbaseM());
        StartState start = startState(nowNs);
        boolean valid = world.header().valid() && ego.header().valid();
        Header header = new Header("map", seq++, nowNs, valid);
        double ageS = (nowNs - world.header().stampNs()) / 1e9;
        String problem = inputProblem(world, ageS);
        if (problem != null) {
            return degraded(start, header.withValid(false), problem);
        }
        predictor.predict(world, nowNs, start.sM(), start.vMps(), samples, config.horizon().stepS(), objects);
        sit.egoSM = start.sM();
        sit.egoDM = start.dM();
        sit.egoSpeedMps = start.vMps();
        sit.egoAccelMps2 = start.aMps2();
        int egoLane = road.forwardLaneAt(start.dM());
        sit.egoLaneId = egoLane != 0 ? egoLane : road.nearestForwardLane(start.dM());
        egoLane = sit.egoLaneId;
        int pathLanes = pathLanes(egoLane);
        situations.build(sit, lights, nowNs, route, Arrays.copyOf(lanes, pathLanes));
        computeReferences(start, egoLane);
        LaneChangeAdvice advice = advisor.advise(sit, refsInUse, egoLane, route.laneId(), machine.inCooldown(nowNs));
        BehaviourState state = machine.update(machineInput(nowNs, start, egoLane, advice));
        if (state == BehaviourState.STOPPED) {
            // hold where a soft stop from the remaining crawl ends
            double v = start.vMps();
            sit.stops.add(sit.frontSM + v * v / (2 * ReferenceRollout.SOFT_STOP_DECEL_MPS2) + HOLD_SLACK_M, StopKind.HOLD,
                    0, null, -1);
            computeReferences(start, egoLane);
        }
        int laneCount = lateralLanes(egoLane);
        lattice.plan(sit, start, refsInUse, lanes, laneCount, egoLane, result);
        path.store(lattice.lat(), result.lat, lattice.lon(), result.lon, nowNs);
        Trajectory trajectory = path.toTrajectory(road.map(), header);
        ReferencePlan heading = refsInUse[-lanes[0] - 1];
        return new PlanOutput(trajectory, status.compose(header, sit, machine, heading, result, egoLane),
                state, result.fallback, result.candidates, result.checked);
    }

    private String inputProblem(WorldModel world, double ageS) {
        if (!"map".equals(world.header().frameId())) {
            return "world model in frame \"" + world.header().frameId() + "\", not \"map\"";
        }
        if (!world.header().valid()) {
            return "world model invalid";
        }
        if (ageS > config.horizon().maxInputAgeS()) {
            return String.format(Locale.ROOT, "world model stale (%.2f s old)", ageS);
        }
        return null;
    }

    /** Without a trustworthy world model: comfortable braking in the lane, flagged; nothing is checked. */
    private PlanOutput degraded(StartState start, Header header, String problem) {
        int egoLane = road.forwardLaneAt(start.dM());
        egoLane = egoLane != 0 ? egoLane : road.nearestForwardLane(start.dM());
        lattice.lat().clear();
        lattice.lon().clear();
        int l = lattice.lat().add(start.dM(), start.dPrime(), start.dPrime2(), road.centreD(egoLane),
                Math.max(config.lattice().minLateralDistanceM(), 3 * start.vMps()), egoLane);
        int m = lattice.lon().addBraking(start.sM(), start.vMps(), start.aMps2(), config.comfort().decelMps2(),
                config.comfort().jerkMps3(), config.limits().jerkMps3());
        path.store(lattice.lat(), l, lattice.lon(), m, header.stampNs());
        Trajectory trajectory = path.toTrajectory(road.map(), header);
        return new PlanOutput(trajectory, status.degraded(header, machine.state(), problem), machine.state(),
                Fallback.COMFORTABLE_BRAKING, 0, 0);
    }

    /**
     * The last plan's state at this time, or the measured one when the ego has left the plan; either
     * with its acceleration brought within the hard limits. After an emergency fallback (the vehicle's
     * maximum braking, beyond {@code limits.decelMps2}) every candidate would otherwise start beyond
     * the limit and violate it at its first sample; no candidate but the hardest braking would be
     * feasible, and the stop would go on for nothing. The step back is within the hard jerk.
     */
    private StartState startState(long nowNs) {
        EgoFrenet e = egoFrenet;
        StartState planned = path.stateAt(nowNs);
        StartState start = planned != null && Math.abs(planned.sM() - e.sM) < REPLAN_S_M
                && Math.abs(planned.dM() - e.dM) < REPLAN_D_M && Math.abs(planned.vMps() - e.sDotMps) < REPLAN_V_MPS
                ? planned : new StartState(e.sM, e.sDotMps, e.sDdotMps2, e.dM, e.dPrime, e.dPrime2);
        double a = Math.max(-config.limits().decelMps2(), Math.min(config.limits().accelMps2(), start.aMps2()));
        return a == start.aMps2() ? start
                : new StartState(start.sM(), start.vMps(), a, start.dM(), start.dPrime(), start.dPrime2());
    }

    /** Fills {@link #lanes} with the lanes the ego's path covers this cycle; returns how many. */
    private int pathLanes(int egoLane) {
        lanes[0] = egoLane;
        int other = machine.state() == BehaviourState.LANE_CHANGE ? machine.targetLaneId() : machine.originLaneId();
        if (other != 0 && other != egoLane) {
            lanes[1] = other;
            return 2;
        }
        return 1;
    }

    /** Fills {@link #lanes} with the lanes to build paths to, the target first; returns how many. */
    private int lateralLanes(int egoLane) {
        BehaviourState state = machine.state();
        if (state == BehaviourState.LANE_CHANGE) {
            lanes[0] = machine.targetLaneId();
            lanes[1] = machine.originLaneId();
            return lanes[1] != lanes[0] && lanes[1] != 0 ? 2 : 1;
        }
        lanes[0] = state == BehaviourState.ABORT_LANE_CHANGE ? machine.originLaneId() : egoLane;
        return 1;
    }

    /** The reference plans of the ego's lane, its neighbours and the lanes of a change in progress. */
    private void computeReferences(StartState start, int egoLane) {
        Arrays.fill(refsInUse, null);
        reference(start, egoLane);
        reference(start, road.leftOf(egoLane));
        reference(start, road.rightOf(egoLane));
        reference(start, machine.targetLaneId());
        reference(start, machine.originLaneId());
    }

    private void reference(StartState start, int laneId) {
        if (laneId == 0 || refsInUse[-laneId - 1] != null) {
            return;
        }
        int k = -laneId - 1;
        profiles[k].compute(road.map(), laneId, start.sM() + config.vehicle().frontOffsetM(), setSpeedMps);
        rollout.compute(refs[k], sit, laneId, profiles[k], start.sM(), start.vMps(), start.aMps2());
        refsInUse[k] = refs[k];
    }

    private MachineInput machineInput(long nowNs, StartState start, int egoLane, LaneChangeAdvice advice) {
        int headingLane = machine.headingLaneId(egoLane);
        ReferencePlan ref = refsInUse[-headingLane - 1];
        StopCause cause = causeOf(ref);
        boolean blocks = machine.stoppedCause() != null && stillBlocks(machine.stoppedCause(), egoLane);
        int target = machine.targetLaneId();
        boolean targetSafe = target == 0 || advisor.isSafe(sit, target, ABORT_SAFETY_FACTOR);
        double targetCentre = target != 0 ? road.centreD(target) : Double.NaN;
        int origin = machine.originLaneId();
        double originCentre = origin != 0 ? road.centreD(origin) : Double.NaN;
        return new MachineInput(nowNs, start.vMps(), egoLane, start.dM(), ref.binding, ref.bindingAccelMps2, cause,
                blocks, advice, targetSafe, targetCentre, originCentre);
    }

    /** A change in progress is aborted only when a gap shrinks below this fraction of the RSS distance. */
    static final double ABORT_SAFETY_FACTOR = 0.7;

    private StopCause causeOf(ReferencePlan ref) {
        if (ref.binding == Binding.LEAD) {
            return new StopCause(Binding.LEAD, null, objects.trackId(ref.leadIndex), null);
        }
        if (ref.binding == Binding.STOP) {
            StopPoints stops = sit.stops;
            return new StopCause(Binding.STOP, stops.kind(ref.stopIndex), stops.trackId(ref.stopIndex),
                    stops.lineId(ref.stopIndex));
        }
        return null;
    }

    /** Whether what stopped the ego is still there: a lead still standing ahead, or the same stop point. */
    private boolean stillBlocks(StopCause cause, int egoLane) {
        if (cause.binding() == Binding.LEAD) {
            int lead = sit.lane(egoLane).lead;
            return lead >= 0 && objects.trackId(lead) == cause.trackId() && objects.isStationary(lead);
        }
        StopPoints stops = sit.stops;
        for (int i = 0; i < stops.count(); i++) {
            // a light that turns from yellow to red (or unknown) is the same stop
            boolean sameKind = stops.kind(i) == cause.stopKind() || stops.kind(i).isLight() && cause.stopKind().isLight();
            if (sameKind && stops.trackId(i) == cause.trackId()
                    && Objects.equals(stops.lineId(i), cause.lineId())) {
                return true;
            }
        }
        return false;
    }
}
