/**
 * The simulator's run loop: {@link io.avstack.sim.run.SimWorld} (road, ego, actors on
 * {@link io.avstack.sim.run.LanePath}s, lane relations, collisions, the per-tick
 * {@link io.avstack.sim.scene.Scene}), the {@link io.avstack.sim.run.LockstepRunner} that drives it
 * tick by tick on a simulated clock with the stack's nodes on a synchronous bus, the plug-in points
 * ({@link io.avstack.sim.run.SensorModel}, {@link io.avstack.sim.run.SensorOutputHook} for faults,
 * {@link io.avstack.sim.run.SceneObserver} for video, {@link io.avstack.sim.run.HostedNode} for
 * stack nodes and recorders), a stand-in driver ({@link io.avstack.sim.run.BasicEgoController}),
 * and the per-run metrics and verdict ({@link io.avstack.sim.run.RunMetrics}, docs/METRICS.md).
 */
package io.avstack.sim.run;
