package io.avstack.sim.scenario;

import io.avstack.core.config.OptionalKey;
import io.avstack.core.config.Range;

/**
 * A straight path across the whole road, perpendicular to the reference line at {@code atSM}. It
 * starts {@code kerbOffsetM} outside the road edge on {@code fromSide} and ends the same distance
 * beyond the opposite edge; the actor's {@code startSM} is measured from that start point.
 *
 * @param atSM         arc length of the crossing line, m
 * @param fromSide     the road edge the path starts at
 * @param kerbOffsetM  how far outside the road edge the path starts and ends, m; absent: 1.0
 */
public record Crossing(@Range(min = 0, max = 1e6) double atSM, Side fromSide,
        @OptionalKey @Range(min = 0, max = 50) Double kerbOffsetM) {

    /** Start distance outside the road edge when a file gives none, m. */
    public static final double DEFAULT_KERB_OFFSET_M = 1.0;

    /** Which road edge a crossing starts at, seen by the ego driving towards increasing s. */
    public enum Side {
        /** The right road edge (the ego's kerb side in right-hand traffic). */
        NEAR,
        /** The left road edge, beyond any oncoming lanes. */
        FAR
    }

    @Override
    public Double kerbOffsetM() {
        return kerbOffsetM == null ? DEFAULT_KERB_OFFSET_M : kerbOffsetM;
    }
}
