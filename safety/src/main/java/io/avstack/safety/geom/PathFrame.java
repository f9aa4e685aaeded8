package io.avstack.safety.geom;

import io.avstack.core.msg.Trajectory;
import io.avstack.core.msg.TrajectoryPoint;
import java.util.Arrays;

/**
 * The ego's intended path as a polyline in the world frame, used as the longitudinal / lateral
 * axes of the RSS checks: objects are projected onto it ({@link #project}), so "ahead in the ego's
 * path", "oncoming" and "lateral neighbour" follow the plan through curves and lane changes. The
 * first and last segments extend straight to infinity. Built from the planner's trajectory, or a
 * straight line along the ego heading when there is none. Reused per cycle: allocation-free once
 * its arrays have grown to the longest trajectory.
 */
public final class PathFrame {

    /** Segments shorter than this are dropped (a standing plan repeats its point), m. */
    private static final double MIN_SEGMENT_M = 1e-3;

    private double[] xs = new double[16];
    private double[] ys = new double[16];
    private double[] ss = new double[16];
    private double[] curvatures = new double[16];
    /** Heading of the segment starting at each vertex, rad (computed once per path, not per projection). */
    private double[] headings = new double[16];
    private int n;

    /** A straight path along the world x axis until set. */
    public PathFrame() {
        setStraight(0.0, 0.0, 0.0);
    }

    /** A straight path through (x, y) along {@code yawRad}. */
    public void setStraight(double xM, double yM, double yawRad) {
        n = 0;
        add(xM, yM, 0.0);
        add(xM + Math.cos(yawRad), yM + Math.sin(yawRad), 0.0);
    }

    /**
     * The trajectory's points; a trajectory with fewer than two distinct points gives a straight
     * path through its first point (or the fallback pose) along that point's heading.
     */
    public void setTrajectory(Trajectory trajectory, double fallbackXM, double fallbackYM, double fallbackYawRad) {
        n = 0;
        int count = trajectory.points().size();
        for (int i = 0; i < count; i++) {
            TrajectoryPoint p = trajectory.points().get(i);
            if (n == 0 || Math.hypot(p.xM() - xs[n - 1], p.yM() - ys[n - 1]) >= MIN_SEGMENT_M) {
                add(p.xM(), p.yM(), p.curvaturePerM());
            }
        }
        if (n < 2) {
            if (count == 0) {
                setStraight(fallbackXM, fallbackYM, fallbackYawRad);
            } else {
                TrajectoryPoint p = trajectory.points().get(0);
                setStraight(p.xM(), p.yM(), p.yawRad());
            }
        }
    }

    /**
     * Projects (x, y) on the nearest segment (the end segments extended beyond the ends). Ties go
     * to the earlier segment, so the result is deterministic.
     */
    public void project(double xM, double yM, PathPoint dest) {
        double bestDistSq = Double.POSITIVE_INFINITY;
        int last = n - 2;
        for (int i = 0; i <= last; i++) {
            double ax = xs[i];
            double ay = ys[i];
            double ex = xs[i + 1] - ax;
            double ey = ys[i + 1] - ay;
            double len = ss[i + 1] - ss[i];
            double t = ((xM - ax) * ex + (yM - ay) * ey) / (len * len);
            if (i > 0) {
                t = Math.max(0.0, t);
            }
            if (i < last) {
                t = Math.min(1.0, t);
            }
            double fx = ax + t * ex;
            double fy = ay + t * ey;
            double distSq = (xM - fx) * (xM - fx) + (yM - fy) * (yM - fy);
            if (distSq < bestDistSq) {
                bestDistSq = distSq;
                dest.sM = ss[i] + t * len;
                // cross product of the segment direction and the offset: positive = left
                dest.dM = (ex * (yM - ay) - ey * (xM - ax)) / len;
                dest.headingRad = headings[i];
                dest.curvaturePerM = curvatures[i];
            }
        }
    }

    /** Number of polyline vertices (>= 2 once set). */
    public int size() {
        return n;
    }

    private void add(double xM, double yM, double curvaturePerM) {
        if (n == xs.length) {
            int grown = n * 2;
            xs = Arrays.copyOf(xs, grown);
            ys = Arrays.copyOf(ys, grown);
            ss = Arrays.copyOf(ss, grown);
            curvatures = Arrays.copyOf(curvatures, grown);
            headings = Arrays.copyOf(headings, grown);
        }
        xs[n] = xM;
        ys[n] = yM;
        ss[n] = n == 0 ? 0.0 : ss[n - 1] + Math.hypot(xM - xs[n - 1], yM - ys[n - 1]);
        curvatures[n] = curvaturePerM;
        if (n > 0) {
            headings[n - 1] = Math.atan2(yM - ys[n - 1], xM - xs[n - 1]);
        }
        n++;
    }
}
