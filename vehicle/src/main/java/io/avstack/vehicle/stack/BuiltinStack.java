package io.avstack.vehicle.stack;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.time.Clock;
import io.avstack.sim.run.BasicEgoController;
import io.avstack.sim.run.HostedNode;
import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.SimSetup;
import java.util.List;

/**
 * The simulator's built-in controller ({@link BasicEgoController}) on ground truth and the exact
 * ego state: no perception, planning or safety. The reference driver scenarios were tuned with.
 */
final class BuiltinStack implements SimStack {

    @Override
    public String name() {
        return "builtin";
    }

    @Override
    public void addSensors(LockstepRunner.Builder builder, SimSetup setup) {
        // ground truth and the exact ego state are always there
    }

    @Override
    public List<HostedNode> nodes(SimSetup setup) {
        BasicEgoController controller = new BasicEgoController(setup.road(), setup.egoParams(),
                setup.egoStart().laneId(), setup.targetSpeedMps(), LockstepRunner.VEHICLE_ID);
        return List.of(new HostedNode() {
            @Override
            public void attach(Bus bus, Clock clock) {
                controller.attach(bus, LockstepRunner.VEHICLE_ID);
            }
        });
    }

    @Override
    public List<String> inputTopics() {
        return List.of(StandardTopics.GROUND_TRUTH, StandardTopics.EGO_STATE);
    }

    @Override
    public List<String> outputTopics() {
        return List.of(StandardTopics.CONTROL_COMMAND);
    }
}
