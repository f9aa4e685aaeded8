package io.avstack.sim.actor;

/**
 * What the world tells one actor at the start of a step: its lead on its own path, and how it
 * stands relative to the ego. The world model computes these (along the road, from boxes); the
 * actor only reads them, which keeps actors independent of roads and maps. Implementations are
 * reused across steps so stepping allocates nothing.
 */
public interface Surroundings {

    /** Free road, ego out of reach: no lead, infinite gap and time to collision. */
    Surroundings NONE = new FixedSurroundings(Double.POSITIVE_INFINITY, 0.0, Double.POSITIVE_INFINITY,
            Double.POSITIVE_INFINITY);

    /** Bumper-to-bumper gap to the next actor ahead on the own path, m; +Infinity if none. */
    double leadGapM();

    /** Speed of that lead along the path, m/s; ignored when there is no lead. */
    double leadSpeedMps();

    /** Gap between this actor and the ego (the world defines how: along the road or box to box), m; +Infinity if not relevant. */
    double egoGapM();

    /** Time until this actor and the ego collide at current speeds, s; +Infinity if not closing. */
    double egoTimeToCollisionS();
}
