/**
 * The simulator's road world: a reference line of straights and arcs evaluated in closed form,
 * lanes with markings, speed limits, signalised stop lines with deterministic traffic lights and
 * crosswalks, loaded from road files ({@link io.avstack.sim.world.RoadFiles}, format in
 * docs/ROADS.md) and read by the planner and simulator through {@link io.avstack.sim.world.RoadMap}.
 */
package io.avstack.sim.world;
