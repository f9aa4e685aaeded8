/**
 * Simulated road users other than the ego: cars, trucks, pedestrians and cyclists moving along a
 * 1-D {@link io.avstack.sim.actor.Path} with a lateral offset, driven by a longitudinal behaviour
 * (hold speed, IDM car-following, brake, accelerate to a speed) and scripted events whose
 * triggers (time, gap to the ego, time to collision) fire once. Road-agnostic: the world supplies
 * each actor's {@link io.avstack.sim.actor.Surroundings} every step. Everything a scenario file
 * describes is in {@link io.avstack.sim.actor.ActorSpec}, loadable with {@code ConfigLoader}.
 */
package io.avstack.sim.actor;
