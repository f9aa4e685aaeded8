package io.avstack.core.map;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The cross-section of a road, constant along its length: 1 to {@value #MAX_LANES_PER_DIRECTION}
 * forward lanes right of the reference line, 0 to {@value #MAX_LANES_PER_DIRECTION} oncoming lanes
 * left of it, and a marking on every boundary. Immutable.
 */
public final class LaneLayout {

    public static final int MAX_LANES_PER_DIRECTION = 4;
    /** Narrowest lane, m. */
    public static final double MIN_LANE_WIDTH_M = 2.0;
    /** Widest lane, m. */
    public static final double MAX_LANE_WIDTH_M = 6.0;

    private final List<Lane> lanes; // left edge of the road to its right edge
    private final int oncomingCount;

    /**
     * @param forwardWidthsM widths of the forward lanes from the centre line outwards (lane -1 first), m
     * @param oncomingWidthsM widths of the oncoming lanes from the centre line outwards (lane +1 first), m
     * @param markings one per boundary, ordered from the left road edge to the right road edge
     *     ({@code oncoming + forward + 1} of them), or null for {@link #defaultMarkings(int, int)}
     */
    public LaneLayout(List<Double> forwardWidthsM, List<Double> oncomingWidthsM, List<LaneMarking> markings) {
        int forward = forwardWidthsM.size();
        int oncoming = oncomingWidthsM.size();
        String countProblem = countProblem(forward, 1) != null ? countProblem(forward, 1) : countProblem(oncoming, 0);
        if (countProblem != null) {
            throw new IllegalArgumentException("lanes: " + forward + " forward and " + oncoming + " oncoming: "
                    + countProblem + " per direction (at least 1 forward)");
        }
        List<LaneMarking> marks = markings == null ? defaultMarkings(forward, oncoming) : markings;
        if (marks.size() != forward + oncoming + 1) {
            throw new IllegalArgumentException("lanes: " + marks.size() + " markings for " + (forward + oncoming)
                    + " lanes; need one per boundary (" + (forward + oncoming + 1) + ")");
        }
        this.oncomingCount = oncoming;
        List<Lane> built = new ArrayList<>(forward + oncoming);
        double left = 0;
        for (double w : oncomingWidthsM) {
            left += checkWidth(w);
        }
        for (int k = 0; k < oncoming + forward; k++) {
            boolean isOncoming = k < oncoming;
            double width = isOncoming ? oncomingWidthsM.get(oncoming - 1 - k) : forwardWidthsM.get(k - oncoming);
            int id = isOncoming ? oncoming - k : -(k - oncoming + 1);
            built.add(new Lane(id, isOncoming ? TravelDirection.ONCOMING : TravelDirection.FORWARD, checkWidth(width), left,
                    left - width, marks.get(k), marks.get(k + 1)));
            left -= width;
        }
        this.lanes = Collections.unmodifiableList(built);
    }

    /**
     * Road edges SOLID, the boundary between the directions DOUBLE_SOLID, boundaries between lanes
     * of the same direction DASHED.
     */
    public static List<LaneMarking> defaultMarkings(int forward, int oncoming) {
        List<LaneMarking> marks = new ArrayList<>(forward + oncoming + 1);
        for (int b = 0; b <= forward + oncoming; b++) {
            boolean edge = b == 0 || b == forward + oncoming;
            marks.add(edge ? LaneMarking.SOLID : b == oncoming ? LaneMarking.DOUBLE_SOLID : LaneMarking.DASHED);
        }
        return marks;
    }

    /** All lanes from the left road edge to the right road edge (oncoming outermost first). */
    public List<Lane> lanes() {
        return lanes;
    }

    public int forwardCount() {
        return lanes.size() - oncomingCount;
    }

    public int oncomingCount() {
        return oncomingCount;
    }

    /** The lane with {@code id}; throws for an id the road does not have. */
    public Lane lane(int id) {
        int index = id > 0 ? oncomingCount - id : oncomingCount - 1 - id;
        if (id == 0 || index < 0 || index >= lanes.size()) {
            throw new IllegalArgumentException("no lane " + id + " on a road with " + forwardCount()
                    + " forward and " + oncomingCount + " oncoming lanes");
        }
        return lanes.get(index);
    }

    public boolean hasLane(int id) {
        return id != 0 && id >= -forwardCount() && id <= oncomingCount;
    }

    /** Id of the lane containing lateral offset {@code dM}, or 0 if it is off the road. */
    public int laneIdAt(double dM) {
        for (int i = 0; i < lanes.size(); i++) {
            if (lanes.get(i).contains(dM)) {
                return lanes.get(i).id();
            }
        }
        return 0;
    }

    /** Lateral offset of the left road edge, m (0 on a one-way road). */
    public double leftEdgeDM() {
        return lanes.get(0).leftEdgeDM();
    }

    /** Lateral offset of the right road edge, m (negative). */
    public double rightEdgeDM() {
        return lanes.get(lanes.size() - 1).rightEdgeDM();
    }

    /** Why {@code widthM} cannot be a lane width, or null if it can; shared with the road-file checks. */
    static String widthProblem(double widthM) {
        if (widthM >= MIN_LANE_WIDTH_M && widthM <= MAX_LANE_WIDTH_M) {
            return null;
        }
        return "a lane width must be within [" + MIN_LANE_WIDTH_M + ", " + MAX_LANE_WIDTH_M + "] m";
    }

    /**
     * Why a direction cannot have {@code count} lanes ({@code minCount}: 1 forward, 0 oncoming), or
     * null if it can.
     */
    static String countProblem(int count, int minCount) {
        if (count >= minCount && count <= MAX_LANES_PER_DIRECTION) {
            return null;
        }
        return "need " + minCount + " to " + MAX_LANES_PER_DIRECTION + " lanes";
    }

    private static double checkWidth(double w) {
        String problem = widthProblem(w);
        if (problem != null) {
            throw new IllegalArgumentException("lane width " + w + " m: " + problem);
        }
        return w;
    }
}
