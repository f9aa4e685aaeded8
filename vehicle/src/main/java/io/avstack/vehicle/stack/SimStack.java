package io.avstack.vehicle.stack;

import io.avstack.sim.run.HostedNode;
import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.SimSetup;
import java.util.List;

/**
 * What drives the simulated ego in a run: which sensor models run and which stack nodes are hosted
 * on the lockstep bus. One implementation per way of driving (the simulator's built-in controller,
 * the planner on ground truth, the full stack), shared by {@code avstack sim}, {@code avstack
 * regress} and {@code avstack replay} so all three run exactly the same thing.
 */
public interface SimStack {

    /** Short name, as given on the command line (e.g. {@code builtin}); recorded in drive logs. */
    String name();

    /** Adds the sensor models this stack consumes to a run of {@code setup}. */
    void addSensors(LockstepRunner.Builder builder, SimSetup setup);

    /** New instances of the stack's nodes for one run of {@code setup} (runs may execute in parallel). */
    List<HostedNode> nodes(SimSetup setup);

    /**
     * Topic paths (after {@code avstack/<vehicle>/}, e.g. {@code sensor/lidar/top}) the stack consumes
     * from outside itself: sensors, ego state, ground truth. Replay publishes exactly these from a log.
     */
    List<String> inputTopics();

    /** Topic paths the stack's nodes publish; replay compares exactly these with the log. */
    List<String> outputTopics();

    /**
     * {@link io.avstack.perception.nn.KernelFingerprint} of the networks the stack runs, recorded in
     * drive logs; empty for a stack without networks.
     */
    default String kernelFingerprint() {
        return "";
    }

    /** Wires the stack into a run: sensors, nodes, and the simulator's own controller off. */
    default void install(LockstepRunner.Builder builder, SimSetup setup) {
        builder.optBasicController(false);
        addSensors(builder, setup);
        for (HostedNode node : nodes(setup)) {
            builder.optNode(node);
        }
    }
}
