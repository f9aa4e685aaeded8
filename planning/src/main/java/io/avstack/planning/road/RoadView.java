package io.avstack.planning.road;

import io.avstack.core.map.Lane;
import io.avstack.core.map.LaneMarking;
import io.avstack.core.map.LaneSide;
import io.avstack.core.map.RoadMap;
import io.avstack.core.map.TravelDirection;
import java.util.List;

/**
 * The planner's questions to the map about lanes: centres, neighbours, whether a marking may be
 * crossed, the band of the forward carriageway. Lateral offsets d are road-frame (positive left of
 * increasing s). Immutable; allocation-free after construction.
 */
public final class RoadView {

    private final RoadMap map;
    private final int forwardCount;
    private final double forwardLeftEdgeD;
    private final double forwardRightEdgeD;
    private final double[] centreD; // by forward lane index k = -id - 1
    private final int[] allIds;
    private final double[] allCentreD;

    public RoadView(RoadMap map) {
        this.map = map;
        List<Lane> lanes = map.lanes();
        int forward = 0;
        double left = Double.NEGATIVE_INFINITY;
        double right = Double.POSITIVE_INFINITY;
        for (Lane lane : lanes) {
            if (lane.direction() == TravelDirection.FORWARD) {
                forward++;
                left = Math.max(left, lane.leftEdgeDM());
                right = Math.min(right, lane.rightEdgeDM());
            }
        }
        this.forwardCount = forward;
        this.forwardLeftEdgeD = left;
        this.forwardRightEdgeD = right;
        this.centreD = new double[forward];
        for (int k = 0; k < forward; k++) {
            centreD[k] = map.lane(-k - 1).centreDM();
        }
        this.allIds = new int[lanes.size()];
        this.allCentreD = new double[lanes.size()];
        for (int i = 0; i < lanes.size(); i++) {
            allIds[i] = lanes.get(i).id();
            allCentreD[i] = lanes.get(i).centreDM();
        }
    }

    public RoadMap map() {
        return map;
    }

    /** Whether {@code laneId} is a forward lane of this road. */
    public boolean isForwardLane(int laneId) {
        return laneId < 0 && -laneId <= forwardCount;
    }

    /** Centre offset of forward lane {@code laneId}, m. */
    public double centreD(int laneId) {
        if (!isForwardLane(laneId)) {
            throw new IllegalArgumentException("lane " + laneId + " is not a forward lane of this road (forward lanes -1..-"
                    + forwardCount + ")");
        }
        return centreD[-laneId - 1];
    }

    /** Width of lane {@code laneId}, m. */
    public double widthM(int laneId) {
        return map.lane(laneId).widthM();
    }

    /** The forward lane containing offset {@code d}, or 0 (oncoming lane or off the road). */
    public int forwardLaneAt(double d) {
        for (int k = 0; k < forwardCount; k++) {
            Lane lane = map.lane(-k - 1);
            if (lane.contains(d)) {
                return lane.id();
            }
        }
        return 0;
    }

    /** The forward lane whose centre is nearest to offset {@code d}. */
    public int nearestForwardLane(double d) {
        int best = -1;
        double bestDist = Double.POSITIVE_INFINITY;
        for (int k = 0; k < forwardCount; k++) {
            double dist = Math.abs(centreD[k] - d);
            if (dist < bestDist) {
                bestDist = dist;
                best = -k - 1;
            }
        }
        return best;
    }

    /** The forward lane left of {@code laneId} as its driver sees it, or 0 if none (the centre line is left of -1). */
    public int leftOf(int laneId) {
        return laneId < -1 ? laneId + 1 : 0;
    }

    /** The forward lane right of {@code laneId}, or 0 if none. */
    public int rightOf(int laneId) {
        return isForwardLane(laneId - 1) ? laneId - 1 : 0;
    }

    /** Whether a driver in {@code laneId} may cross the marking on {@code side} (dashed or none). */
    public boolean mayCross(int laneId, LaneSide side) {
        LaneMarking m = map.lane(laneId).marking(side);
        return m == LaneMarking.DASHED || m == LaneMarking.NONE;
    }

    /** Left edge of the forward carriageway (the centre line on a two-way road), m. */
    public double forwardLeftEdgeD() {
        return forwardLeftEdgeD;
    }

    /** Right edge of the forward carriageway (the right road edge), m. */
    public double forwardRightEdgeD() {
        return forwardRightEdgeD;
    }

    /**
     * Centre offset of the first lane (either direction) whose centre lies strictly beyond {@code d} in
     * the direction of {@code sign} (+1 left, -1 right), or NaN if none: where a vehicle drifting
     * sideways is expected to settle.
     */
    public double nextCentreBeyond(double d, double sign) {
        double best = Double.NaN;
        for (int i = 0; i < allIds.length; i++) {
            double c = allCentreD[i];
            double ahead = (c - d) * sign;
            if (ahead > 0.05 && (Double.isNaN(best) || ahead < (best - d) * sign)) {
                best = c;
            }
        }
        return best;
    }

    /**
     * Centre offset of the lane containing {@code d} if it runs {@code forward} (towards increasing s)
     * or against it as asked, else NaN: the lane a vehicle moving that way at that offset keeps.
     */
    public double centreOfLaneAt(double d, boolean forward) {
        Lane lane = laneAt(d);
        return lane != null && (lane.direction() == TravelDirection.FORWARD) == forward ? lane.centreDM() : Double.NaN;
    }

    /** Centre of the lane (of either direction) containing offset {@code d}, m; NaN off the lanes. */
    public double centreOfAnyLaneAt(double d) {
        Lane lane = laneAt(d);
        return lane != null ? lane.centreDM() : Double.NaN;
    }

    /** The first lane (either direction) containing offset {@code d}, or null off the lanes. */
    private Lane laneAt(double d) {
        List<Lane> lanes = map.lanes();
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).contains(d)) {
                return lanes.get(i);
            }
        }
        return null;
    }

    /** Left and right edge of the whole road, m. */
    public double roadLeftEdgeD() {
        return map.lanes().get(0).leftEdgeDM();
    }

    public double roadRightEdgeD() {
        return map.lanes().get(map.lanes().size() - 1).rightEdgeDM();
    }
}
