package io.avstack.vehicle.stack;

import io.avstack.core.bus.StandardTopics;
import io.avstack.planning.Planner;
import io.avstack.planning.Route;
import io.avstack.planning.config.PlanningConfig;
import io.avstack.planning.control.TrajectoryController;
import io.avstack.planning.node.PlanningNode;
import io.avstack.sim.run.GroundTruthWorldModelSensor;
import io.avstack.sim.run.HostedNode;
import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.SimSetup;
import io.avstack.sim.run.TrafficLightSensor;
import io.avstack.sim.vehicle.VehicleParams;
import java.util.List;

/**
 * The planner on ground truth: the runner publishes a perfect world model on {@code fusion/objects}
 * and the light states on {@code perception/traffic_lights} (10 Hz each), a {@link PlanningNode}
 * plans on them, and its proposed command on {@code planning/command} drives the ego directly (no
 * safety layer in this stack). The planner's vehicle section is the simulated ego's geometry and
 * limits; its route is the ego's start lane to the road's end (further when the run ends close to it,
 * see {@link #routeEndSM}); its set speed the scenario's target.
 */
public final class PlannerStack implements SimStack {

    /** Rate of the ground-truth world model and light states, Hz. */
    public static final double PERCEPTION_RATE_HZ = 10.0;

    private final PlanningConfig config;

    /** The planner with {@code config} (its vehicle section is replaced per run). */
    public PlannerStack(PlanningConfig config) {
        this.config = config;
    }

    /** The planner with the shipped defaults. */
    public PlannerStack() {
        this(PlanningConfig.defaults());
    }

    @Override
    public String name() {
        return "planner";
    }

    @Override
    public void addSensors(LockstepRunner.Builder builder, SimSetup setup) {
        builder.optSensor(GroundTruthWorldModelSensor.factory(PERCEPTION_RATE_HZ))
                .optSensor(TrafficLightSensor.factory(PERCEPTION_RATE_HZ));
    }

    @Override
    public List<HostedNode> nodes(SimSetup setup) {
        return List.of(node(setup)::attach);
    }

    /** A planning node for one run of {@code setup}. */
    public PlanningNode node(SimSetup setup) {
        PlanningConfig forRun = config.withVehicle(vehicleOf(setup.egoParams()));
        Route route = new Route(setup.egoStart().laneId(), routeEndSM(setup, forRun));
        Planner planner = new Planner(setup.road(), forRun, route, setup.targetSpeedMps());
        return new PlanningNode(planner, new TrajectoryController(forRun), LockstepRunner.VEHICLE_ID);
    }

    /** Also makes the planner's proposed command drive the ego. */
    @Override
    public void install(LockstepRunner.Builder builder, SimSetup setup) {
        SimStack.super.install(builder, setup);
        builder.optCommandTopic(StandardTopics.PLANNED_COMMAND);
    }

    @Override
    public List<String> inputTopics() {
        return List.of(StandardTopics.OBJECTS, StandardTopics.EGO_STATE, StandardTopics.TRAFFIC_LIGHTS);
    }

    @Override
    public List<String> outputTopics() {
        return List.of(StandardTopics.TRAJECTORY, StandardTopics.PLAN_STATUS, StandardTopics.PLANNED_COMMAND);
    }

    /**
     * Where the planner's route ends: the road's end, or beyond it when the run's own route end (where
     * the simulator stops the run) is too close to it to arrive there without braking for the end.
     */
    static double routeEndSM(SimSetup setup, PlanningConfig config) {
        double runEnd = setup.egoStart().sM() + setup.routeLengthM();
        double v = setup.targetSpeedMps();
        // far enough that the end does not even enter the planning horizon before the run is over
        double runOut = v * config.horizon().horizonS() + v * v / (2 * config.rules().speedAnticipationDecelMps2())
                + config.rules().routeEndMarginM();
        return Math.max(setup.road().lengthM(), runEnd + runOut);
    }

    /** The planner's view of the simulated vehicle. */
    static PlanningConfig.Vehicle vehicleOf(VehicleParams p) {
        return new PlanningConfig.Vehicle(p.wheelbaseM(), p.lengthM(), p.widthM(), p.rearOverhangM(), p.maxSteerRad(),
                p.maxSteerRateRadps(), p.maxAccelMps2(), p.maxDecelMps2(), p.actuationDelayS());
    }
}
