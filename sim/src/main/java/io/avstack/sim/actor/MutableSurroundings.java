package io.avstack.sim.actor;

/**
 * A reusable {@link Surroundings} the world fills in for each actor each step. Starts as a free
 * road with the ego out of reach.
 */
public final class MutableSurroundings implements Surroundings {

    private double leadGapM = Double.POSITIVE_INFINITY;
    private double leadSpeedMps;
    private double egoGapM = Double.POSITIVE_INFINITY;
    private double egoTimeToCollisionS = Double.POSITIVE_INFINITY;

    /** Sets the lead on the own path; {@code gapM = +Infinity} for none. Returns this. */
    public MutableSurroundings lead(double gapM, double speedMps) {
        this.leadGapM = gapM;
        this.leadSpeedMps = speedMps;
        return this;
    }

    /** Sets the relation to the ego. Returns this. */
    public MutableSurroundings ego(double gapM, double timeToCollisionS) {
        this.egoGapM = gapM;
        this.egoTimeToCollisionS = timeToCollisionS;
        return this;
    }

    @Override
    public double leadGapM() {
        return leadGapM;
    }

    @Override
    public double leadSpeedMps() {
        return leadSpeedMps;
    }

    @Override
    public double egoGapM() {
        return egoGapM;
    }

    @Override
    public double egoTimeToCollisionS() {
        return egoTimeToCollisionS;
    }
}
