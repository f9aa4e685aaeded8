package io.avstack.core.map;

/**
 * One lane of a road, in the road frame (lateral offsets from the reference line, positive left
 * when facing increasing s). Lane ids follow OpenDRIVE: forward lanes are -1, -2, ... counting
 * outwards to the right of the reference line, oncoming lanes +1, +2, ... counting outwards to the
 * left; -1 and +1 share the centre line. "Left"/"right" below are as seen facing increasing s,
 * whatever the lane's own travel direction.
 *
 * @param id signed lane id, never 0
 * @param direction travel direction
 * @param widthM lane width, m
 * @param leftEdgeDM lateral offset of the left boundary, m
 * @param rightEdgeDM lateral offset of the right boundary, m ({@code leftEdgeDM - widthM})
 * @param leftMarking marking on the left boundary
 * @param rightMarking marking on the right boundary
 */
public record Lane(int id, TravelDirection direction, double widthM, double leftEdgeDM, double rightEdgeDM,
        LaneMarking leftMarking, LaneMarking rightMarking) {

    /** Lateral offset of the lane centre, m. */
    public double centreDM() {
        return 0.5 * (leftEdgeDM + rightEdgeDM);
    }

    /**
     * Whether lateral offset {@code dM} lies in this lane: the left edge inclusive, the right one
     * exclusive, so a boundary belongs to the lane right of it (facing increasing s).
     */
    public boolean contains(double dM) {
        return dM <= leftEdgeDM && dM > rightEdgeDM;
    }

    /** Lateral offset (road frame, m) of the boundary on {@code side} as seen driving in this lane. */
    public double edgeDM(LaneSide side) {
        boolean roadLeft = (side == LaneSide.LEFT) == (direction == TravelDirection.FORWARD);
        return roadLeft ? leftEdgeDM : rightEdgeDM;
    }

    /** Marking on {@code side} as seen driving in this lane. */
    public LaneMarking marking(LaneSide side) {
        boolean roadLeft = (side == LaneSide.LEFT) == (direction == TravelDirection.FORWARD);
        return roadLeft ? leftMarking : rightMarking;
    }
}
