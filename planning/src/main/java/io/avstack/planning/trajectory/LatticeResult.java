package io.avstack.planning.trajectory;

/** The lattice's choice in one cycle. Mutable, reused. */
public final class LatticeResult {

    /** Chosen lateral path and longitudinal profile. */
    public int lat;
    public int lon;
    public Fallback fallback = Fallback.NONE;
    /** The constraint the cheapest candidate violated, null if it was feasible. */
    public Constraint cheapestViolation;
    /** Candidates built and candidates checked this cycle. */
    public int candidates;
    public int checked;
    public double cost;
}
