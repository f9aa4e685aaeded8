package io.avstack.sim.run;

/**
 * The first contact between the ego's box and an actor's box.
 *
 * @param timeNs          sim time of the first tick with overlap, ns
 * @param actorId         the actor hit
 * @param impactSpeedMps  magnitude of the relative velocity at that tick, m/s
 */
public record Collision(long timeNs, long actorId, double impactSpeedMps) {
}
