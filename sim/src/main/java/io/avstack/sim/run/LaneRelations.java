package io.avstack.sim.run;

import io.avstack.core.map.Frenet;
import io.avstack.core.map.Lane;
import io.avstack.core.map.Pose2;
import io.avstack.core.map.RoadMap;
import io.avstack.core.map.TravelDirection;

/**
 * Where every body (the actors and the ego) stands on the road at one instant, and who leads whom
 * within a lane. A body's lane is the lane containing its box centre; "ahead" is the lane's travel
 * direction; gaps are bumper to bumper along the reference line, each body's extent along the lane
 * being its box projected on the lane direction (a crossing pedestrian counts with its width).
 * Arrays are allocated once; {@link #update} allocates nothing.
 */
final class LaneRelations {

    private final RoadMap road;
    private final Frenet frenet = new Frenet();
    private final Pose2 pose = new Pose2();
    final double[] xM;
    final double[] yM;
    final double[] yawRad;
    final double[] lengthM;
    final double[] widthM;
    final double[] vxMps;
    final double[] vyMps;
    /** Road arc length of the box centre, m. */
    final double[] sM;
    /** Lane id of the box centre, 0 if off the road. */
    final int[] laneId;
    /** Half the box's extent along the lane direction, m. */
    final double[] halfAlongM;
    /** Velocity component along the lane's travel direction, m/s. */
    final double[] speedAlongMps;

    LaneRelations(RoadMap road, int bodies) {
        this.road = road;
        xM = new double[bodies];
        yM = new double[bodies];
        yawRad = new double[bodies];
        lengthM = new double[bodies];
        widthM = new double[bodies];
        vxMps = new double[bodies];
        vyMps = new double[bodies];
        sM = new double[bodies];
        laneId = new int[bodies];
        halfAlongM = new double[bodies];
        speedAlongMps = new double[bodies];
    }

    int size() {
        return xM.length;
    }

    /** Sets body {@code i}'s box (centre, heading, size) and world velocity, and locates it on the road. */
    void set(int i, double x, double y, double yaw, double length, double width, double vx, double vy) {
        xM[i] = x;
        yM[i] = y;
        yawRad[i] = yaw;
        lengthM[i] = length;
        widthM[i] = width;
        vxMps[i] = vx;
        vyMps[i] = vy;
        int lane = road.laneAt(x, y, frenet);
        laneId[i] = lane;
        sM[i] = frenet.sM;
        double laneHeading = road.poseAt(frenet.sM, pose).headingRad;
        if (lane != 0 && road.lane(lane).direction() == TravelDirection.ONCOMING) {
            laneHeading += Math.PI;
        }
        double c = Math.cos(laneHeading);
        double s = Math.sin(laneHeading);
        halfAlongM[i] = halfExtentAlongM(length, width, yaw - laneHeading);
        speedAlongMps[i] = vx * c + vy * s;
    }

    /** Half the extent along a direction at angle {@code relYawRad} to a box's length axis, m. */
    static double halfExtentAlongM(double lengthM, double widthM, double relYawRad) {
        return 0.5 * (lengthM * Math.abs(Math.cos(relYawRad)) + widthM * Math.abs(Math.sin(relYawRad)));
    }

    /** +1 if body {@code i}'s lane runs towards increasing s, -1 if towards decreasing s, 0 off road. */
    double direction(int i) {
        if (laneId[i] == 0) {
            return 0;
        }
        Lane lane = road.lane(laneId[i]);
        return lane.direction().sSign();
    }

    /** The nearest body ahead of {@code i} in its lane, or -1. */
    int leadOf(int i) {
        double dir = direction(i);
        if (dir == 0) {
            return -1;
        }
        int best = -1;
        double bestAhead = Double.POSITIVE_INFINITY;
        for (int j = 0; j < xM.length; j++) {
            if (j == i || laneId[j] != laneId[i]) {
                continue;
            }
            double ahead = (sM[j] - sM[i]) * dir;
            if (ahead > 0 && ahead < bestAhead) {
                bestAhead = ahead;
                best = j;
            }
        }
        return best;
    }

    /** Bumper-to-bumper gap from {@code i} to the body {@code j} ahead of it in its lane, m (negative = overlap). */
    double gapAlongM(int i, int j) {
        return Math.abs(sM[j] - sM[i]) - halfAlongM[i] - halfAlongM[j];
    }

    /**
     * Distance between the centres of {@code i} and {@code j} less both half lengths, floored at 0:
     * a cheap, direction-free gap for bodies in different lanes, m.
     */
    double centreGapM(int i, int j) {
        double d = Math.hypot(xM[j] - xM[i], yM[j] - yM[i]);
        return Math.max(0.0, d - 0.5 * lengthM[i] - 0.5 * lengthM[j]);
    }

    /** Rate at which the centres of {@code i} and {@code j} approach each other, m/s (negative = separating). */
    double closingSpeedMps(int i, int j) {
        double dx = xM[j] - xM[i];
        double dy = yM[j] - yM[i];
        double d = Math.hypot(dx, dy);
        if (d == 0) {
            return 0;
        }
        return -((vxMps[j] - vxMps[i]) * dx + (vyMps[j] - vyMps[i]) * dy) / d;
    }

    /** {@code gapM / closingMps} when closing, else +Infinity, s. */
    static double timeToCollisionS(double gapM, double closingMps) {
        return closingMps > 0 ? Math.max(0.0, gapM) / closingMps : Double.POSITIVE_INFINITY;
    }
}
