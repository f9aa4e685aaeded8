/**
 * The simulated ego vehicle: {@link io.avstack.sim.vehicle.KinematicBicycle} stepped with a fixed
 * time step under {@link io.avstack.core.msg.ControlCommand}s, with actuator limits and delay from
 * {@link io.avstack.sim.vehicle.VehicleParams}. {@link io.avstack.sim.vehicle.ConstantAccel} is
 * the exact one-step longitudinal integration shared with the actors.
 */
package io.avstack.sim.vehicle;
