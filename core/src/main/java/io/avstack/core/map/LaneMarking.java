package io.avstack.core.map;

/** The painted line on a lane boundary or road edge. */
public enum LaneMarking {
    /** Do not cross. */
    SOLID,
    /** May be crossed to change lanes. */
    DASHED,
    /** Two solid lines, typically between the two directions; do not cross. */
    DOUBLE_SOLID,
    /** No paint. */
    NONE;

    /** Whether a vehicle may change lanes across this marking. */
    public boolean crossable() {
        return this == DASHED || this == NONE;
    }
}
