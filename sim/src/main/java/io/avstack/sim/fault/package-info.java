/**
 * Fault injection at the message level, between any message source (sensor model, log player,
 * stack process) and the bus: {@link io.avstack.sim.fault.FaultSpec} parses
 * {@code kind:target@start-end[,key=value]...} from a scenario or {@code --fault};
 * {@link io.avstack.sim.fault.FaultInjector} applies the faults, seeded and driven by simulated
 * time. {@code docs/FAULTS.md} describes the grammar and every kind.
 */
package io.avstack.sim.fault;
