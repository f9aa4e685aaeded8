package io.avstack.core.map;

import java.util.List;

/**
 * Read-only view of one road for the planner and the simulator. Units: metres, radians (counter-
 * clockwise from world +x), metres per second, nanoseconds of simulation time. Arc length {@code s}
 * runs along the reference line from 0 to {@link #lengthM()}; lateral offset {@code d} is positive
 * to the left when facing increasing s. Forward lanes (ids -1, -2, ...) lie right of the reference
 * line and travel towards increasing s; oncoming lanes (+1, +2, ...) lie left and travel towards
 * decreasing s.
 *
 * <p>Implementations are immutable and thread-safe. Queries taking a {@code dest} write into it
 * and return it, allocating nothing.
 */
public interface RoadMap {

    /** Length of the reference line, m. */
    double lengthM();

    /** Reference-line pose at {@code sM} (straight extension past the ends). */
    Pose2 poseAt(double sM, Pose2 dest);

    /** World pose of road-frame point (sM, dM); heading is the reference heading at sM. */
    Pose2 pointAt(double sM, double dM, Pose2 dest);

    /** Road-frame coordinates of world point (xM, yM). */
    Frenet project(double xM, double yM, Frenet dest);

    /** Signed reference-line curvature at {@code sM}, 1/m, positive turning left. */
    double curvatureAt(double sM);

    /**
     * Largest |curvature| (1/m) of the reference line within {@code aheadM} metres of {@code sM}
     * in travel direction {@code direction}.
     */
    double maxAbsCurvatureAhead(double sM, double aheadM, TravelDirection direction);

    /**
     * Signed curvature (1/m, positive turning left for the lane's own driver) of lane
     * {@code laneId}'s centre line at {@code sM}.
     */
    double laneCurvatureAt(int laneId, double sM);

    /** All lanes from the left road edge to the right road edge. */
    List<Lane> lanes();

    /** The lane with {@code laneId}; IllegalArgumentException if there is none. */
    Lane lane(int laneId);

    /**
     * Id of the lane containing world point (xM, yM), or 0 if it is off the road or past its ends;
     * leaves the point's road-frame coordinates in {@code dest} (see {@link #project}).
     */
    int laneAt(double xM, double yM, Frenet dest);

    /** Centre-line pose of lane {@code laneId} at {@code sM}; heading points in the lane's travel direction. */
    Pose2 laneCentreAt(int laneId, double sM, Pose2 dest);

    /**
     * Samples the centre line of lane {@code laneId} from {@code fromS} every {@code stepM} metres in
     * the lane's travel direction, stopping at the road's end. Writes x, y, heading triplets into
     * {@code xyHeadingDest} (m, m, rad).
     *
     * @return the number of samples written (at most {@code count} and {@code xyHeadingDest.length / 3})
     */
    int sampleLaneCentre(int laneId, double fromS, double stepM, int count, double[] xyHeadingDest);

    /** Point on the boundary of lane {@code laneId} on {@code side} (as its driver sees it) at {@code sM}. */
    Pose2 laneBoundaryAt(int laneId, LaneSide side, double sM, Pose2 dest);

    /** Speed limit at {@code sM}, m/s. */
    double speedLimitAt(double sM);

    /** Lowest speed limit (m/s) within {@code aheadM} metres of {@code sM} in {@code direction}. */
    double minSpeedLimitAhead(double sM, double aheadM, TravelDirection direction);

    /** Every stop line, by increasing s. */
    List<StopLine> stopLines();

    /** Every crosswalk, by increasing s. */
    List<Crosswalk> crosswalks();

    /**
     * Clears {@code dest} and adds the stop lines for {@code direction} lying from {@code sM} up to
     * {@code aheadM} metres further in that direction (both ends inclusive), nearest first.
     */
    void stopLinesAhead(double sM, double aheadM, TravelDirection direction, List<StopLine> dest);

    /**
     * Clears {@code dest} and adds the crosswalks overlapping the stretch from {@code sM} to
     * {@code aheadM} metres further in {@code direction} (one being crossed counts), nearest first.
     */
    void crosswalksAhead(double sM, double aheadM, TravelDirection direction, List<Crosswalk> dest);

    /** The traffic light with {@code id}; IllegalArgumentException if there is none. */
    TrafficLight light(String id);

    /** State of light {@code id} at simulation time {@code simTimeNs}. */
    default LightState lightState(String id, long simTimeNs) {
        return light(id).state(simTimeNs);
    }
}
