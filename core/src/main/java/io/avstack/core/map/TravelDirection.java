package io.avstack.core.map;

/** Which way traffic in a lane moves along the reference line. */
public enum TravelDirection {
    /** Towards increasing s; lanes right of the reference line (negative lane ids). */
    FORWARD,
    /** Towards decreasing s; lanes left of the reference line (positive lane ids). */
    ONCOMING;

    /** +1 for forward, -1 for oncoming: the sign of ds per metre travelled. */
    public double sSign() {
        return this == FORWARD ? 1 : -1;
    }
}
