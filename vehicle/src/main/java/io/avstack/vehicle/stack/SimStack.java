package io.avstack.vehicle.stack;

import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.SimSetup;

/**
 * What drives the simulated ego in a run: which sensor models run and which stack nodes are hosted
 * on the lockstep bus. One implementation per way of driving (the simulator's built-in controller,
 * the planner on ground truth, the full stack), shared by {@code avstack sim} and
 * {@code avstack regress} so both run exactly the same thing.
 */
public interface SimStack {

    /** Short name, as given on the command line (e.g. {@code builtin}). */
    String name();

    /**
     * Adds this stack's sensors and nodes for one run of {@code setup}. Called once per run on a
     * fresh builder; nodes must be new instances (runs may execute in parallel).
     */
    void install(LockstepRunner.Builder builder, SimSetup setup);
}
