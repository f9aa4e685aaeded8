package io.avstack.sim.actor;

/** Immutable {@link Surroundings}, for constants and tests. Units as in {@link Surroundings}. */
public record FixedSurroundings(double leadGapM, double leadSpeedMps, double egoGapM,
                                double egoTimeToCollisionS) implements Surroundings {
}
