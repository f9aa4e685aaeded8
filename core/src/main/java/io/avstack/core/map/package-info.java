/**
 * The road map shared by the simulator, planning and safety: a reference line of straights and arcs evaluated in closed form,
 * lanes with markings, speed limits, signalised stop lines with deterministic traffic lights and
 * crosswalks, loaded from road files ({@link io.avstack.core.map.RoadFiles}, format in
 * docs/ROADS.md) and read by the planner and simulator through {@link io.avstack.core.map.RoadMap}.
 */
package io.avstack.core.map;
