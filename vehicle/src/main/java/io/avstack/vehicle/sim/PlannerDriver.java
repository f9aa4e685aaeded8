package io.avstack.vehicle.sim;

import io.avstack.core.bus.StandardTopics;
import io.avstack.planning.Planner;
import io.avstack.planning.Route;
import io.avstack.planning.config.PlanningConfig;
import io.avstack.planning.control.TrajectoryController;
import io.avstack.planning.node.PlanningNode;
import io.avstack.sim.run.GroundTruthWorldModelSensor;
import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.SimSetup;
import io.avstack.sim.run.TrafficLightSensor;
import io.avstack.sim.vehicle.VehicleParams;

/**
 * Drives a simulated ego with the planner on ground truth: the runner publishes a perfect world model
 * on {@code fusion/objects} and the light states on {@code perception/traffic_lights} (10 Hz each),
 * a {@link PlanningNode} plans on them and its proposed command on {@code planning/command} drives
 * the ego directly (no safety layer in this loop), the built-in controller is off. The planner's
 * vehicle section is replaced by the simulated ego's geometry and limits; its route is the ego's
 * start lane to the road's end, its set speed the scenario's target speed.
 */
public final class PlannerDriver {

    /** Rate of the ground-truth world model and light states, Hz. */
    public static final double PERCEPTION_RATE_HZ = 10.0;

    private final PlanningNode node;

    public PlannerDriver(SimSetup setup, PlanningConfig base) {
        PlanningConfig config = base.withVehicle(vehicleOf(setup.egoParams(), base.vehicle()));
        Route route = new Route(setup.egoStart().laneId(), setup.road().lengthM());
        Planner planner = new Planner(setup.road(), config, route, setup.targetSpeedMps());
        this.node = new PlanningNode(planner, new TrajectoryController(config), LockstepRunner.VEHICLE_ID);
    }

    /** The planner with the shipped default parameters. */
    public PlannerDriver(SimSetup setup) {
        this(setup, PlanningConfig.defaults());
    }

    /** Adds the ground-truth inputs and the planning node to {@code builder}; the planner's command drives. */
    public LockstepRunner.Builder wire(LockstepRunner.Builder builder) {
        return builder.optBasicController(false)
                .optCommandTopic(StandardTopics.PLANNED_COMMAND)
                .optSensor(GroundTruthWorldModelSensor.factory(PERCEPTION_RATE_HZ))
                .optSensor(TrafficLightSensor.factory(PERCEPTION_RATE_HZ))
                .optNode(node::attach);
    }

    public PlanningNode node() {
        return node;
    }

    /** The planner's view of the simulated vehicle (geometry and limits from the sim, delay included). */
    static PlanningConfig.Vehicle vehicleOf(VehicleParams p, PlanningConfig.Vehicle base) {
        return new PlanningConfig.Vehicle(p.wheelbaseM(), p.lengthM(), p.widthM(), p.rearOverhangM(), p.maxSteerRad(),
                p.maxSteerRateRadps(), p.maxAccelMps2(), p.maxDecelMps2(), p.actuationDelayS());
    }
}
