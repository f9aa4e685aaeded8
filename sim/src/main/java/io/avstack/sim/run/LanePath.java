package io.avstack.sim.run;

import io.avstack.sim.actor.Path;
import io.avstack.sim.actor.StraightPath;
import io.avstack.core.map.Lane;
import io.avstack.core.map.Pose2;
import io.avstack.core.map.RoadMap;
import io.avstack.core.map.TravelDirection;

/**
 * A {@link Path} along the centre line of one lane of a {@link RoadMap}, in the lane's travel
 * direction: path {@code s = 0} is where a driver enters the lane (road {@code s = 0} for a forward
 * lane, the road's end for an oncoming lane, whose path runs in decreasing road s).
 *
 * <p>Path arc length is measured along the reference line, not along the offset centre line: on an
 * arc of curvature k a lane at offset d is {@code (1 - k d)} times as long, a difference below 1 % on
 * ordinary roads (|k d| &lt; 0.01), which keeps an actor's path s and its road s in one-to-one step.
 * Owns a scratch pose, so an instance belongs to the simulation thread like the actor using it.
 */
public final class LanePath implements Path {

    private final RoadMap road;
    private final int laneId;
    private final double centreDM;
    private final boolean oncoming;
    private final Pose2 scratch = new Pose2();

    /** @throws IllegalArgumentException if the road has no lane {@code laneId} */
    public LanePath(RoadMap road, int laneId) {
        this.road = road;
        this.laneId = laneId;
        Lane lane = road.lane(laneId);
        this.centreDM = lane.centreDM();
        this.oncoming = lane.direction() == TravelDirection.ONCOMING;
    }

    public int laneId() {
        return laneId;
    }

    /** Road arc length of path arc length {@code pathSM}. */
    public double roadS(double pathSM) {
        double s = Math.max(0.0, Math.min(road.lengthM(), pathSM));
        return oncoming ? road.lengthM() - s : s;
    }

    /** Path arc length of road arc length {@code roadSM} (the inverse of {@link #roadS}). */
    public double pathS(double roadSM) {
        return oncoming ? road.lengthM() - roadSM : roadSM;
    }

    @Override
    public double lengthM() {
        return road.lengthM();
    }

    @Override
    public double xM(double sM) {
        return road.pointAt(roadS(sM), centreDM, scratch).x;
    }

    @Override
    public double yM(double sM) {
        return road.pointAt(roadS(sM), centreDM, scratch).y;
    }

    @Override
    public double yawRad(double sM) {
        double h = road.poseAt(roadS(sM), scratch).headingRad;
        return oncoming ? h + Math.PI : h;
    }

    /**
     * A straight path across the road at road arc length {@code roadSM}, from lateral offset
     * {@code fromDM} to {@code toDM} (positive = left of the reference line), e.g. a pedestrian on
     * a crosswalk.
     */
    public static StraightPath crossing(RoadMap road, double roadSM, double fromDM, double toDM) {
        Pose2 from = road.pointAt(roadSM, fromDM, new Pose2());
        Pose2 to = road.pointAt(roadSM, toDM, new Pose2());
        double lengthM = Math.hypot(to.x - from.x, to.y - from.y);
        return new StraightPath(from.x, from.y, Math.atan2(to.y - from.y, to.x - from.x), lengthM);
    }
}
