package io.avstack.core.map;

import java.util.List;

/**
 * A road's reference line: straight and arc {@link Segment}s chained from a start pose with
 * continuous position and heading, evaluated in closed form. Arc length {@code s} (m) runs from 0
 * at the start pose to {@link #lengthM()}; beyond either end the line continues straight along the
 * end tangent, so a point or an {@code s} slightly off the road still has a well-defined answer.
 *
 * <p>Immutable and thread-safe; every query is allocation-free (results go into {@code dest}).
 */
public final class ReferenceLine {

    private static final double TWO_PI = 2 * Math.PI;

    private final List<Segment> segments;
    private final double[] startS;
    private final double[] startX;
    private final double[] startY;
    private final double[] startHeading;
    private final double[] curvature;
    private final double[] length;
    private final double totalLengthM;
    private final double endX;
    private final double endY;
    private final double endHeading;

    /**
     * @param startXM world x of s = 0, m
     * @param startYM world y of s = 0, m
     * @param startHeadingRad heading at s = 0, rad counter-clockwise from +x
     * @param segments at least one
     */
    public ReferenceLine(double startXM, double startYM, double startHeadingRad, List<Segment> segments) {
        if (!Double.isFinite(startXM) || !Double.isFinite(startYM) || !Double.isFinite(startHeadingRad)) {
            throw new IllegalArgumentException("start pose must be finite: x=" + startXM + " y=" + startYM
                    + " heading=" + startHeadingRad);
        }
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a reference line needs at least one segment");
        }
        this.segments = List.copyOf(segments);
        int n = segments.size();
        startS = new double[n];
        startX = new double[n];
        startY = new double[n];
        startHeading = new double[n];
        curvature = new double[n];
        length = new double[n];
        double s = 0;
        double x = startXM;
        double y = startYM;
        double h = startHeadingRad;
        for (int i = 0; i < n; i++) {
            Segment seg = this.segments.get(i);
            startS[i] = s;
            startX[i] = x;
            startY[i] = y;
            startHeading[i] = h;
            curvature[i] = seg.curvaturePerM();
            length[i] = seg.lengthM();
            // chain from the closed-form end of this segment, so joints are exactly continuous
            x = segmentX(i, length[i]);
            y = segmentY(i, length[i]);
            h = h + curvature[i] * length[i];
            s += length[i];
        }
        totalLengthM = s;
        endX = x;
        endY = y;
        endHeading = h;
    }

    public List<Segment> segments() {
        return segments;
    }

    /** Total arc length, m. */
    public double lengthM() {
        return totalLengthM;
    }

    /** Arc length at which segment {@code i} starts, m. */
    public double segmentStartS(int i) {
        return startS[i];
    }

    /** Index of the segment containing {@code sM} (a joint belongs to the segment it starts). */
    public int segmentIndexAt(double sM) {
        int lo = 0;
        int hi = startS.length - 1;
        while (lo < hi) { // largest i with startS[i] <= sM
            int mid = (lo + hi + 1) >>> 1;
            if (startS[mid] <= sM) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Pose on the reference line at arc length {@code sM}; beyond the ends along the end tangents. */
    public Pose2 poseAt(double sM, Pose2 dest) {
        return dest.set(xAt(sM), yAt(sM), headingAt(sM));
    }

    /** Heading at {@code sM}, rad counter-clockwise from +x (not normalised: a loop keeps adding 2*pi). */
    public double headingAt(double sM) {
        if (sM <= 0) {
            return startHeading[0];
        }
        if (sM >= totalLengthM) {
            return endHeading;
        }
        int i = segmentIndexAt(sM);
        return startHeading[i] + curvature[i] * (sM - startS[i]);
    }

    /**
     * World pose of the road-frame point ({@code sM}, {@code dM}): the reference pose at s moved
     * {@code dM} metres along the left normal; the heading is the reference heading.
     */
    public Pose2 pointAt(double sM, double dM, Pose2 dest) {
        double h = headingAt(sM);
        return dest.set(xAt(sM) - dM * Math.sin(h), yAt(sM) + dM * Math.cos(h), h);
    }

    /** As {@link #pointAt(double, double, Pose2)}, writing x, y, heading to {@code xyHeadingDest[offset..offset+2]}. */
    public void pointAt(double sM, double dM, double[] xyHeadingDest, int offset) {
        double h = headingAt(sM);
        xyHeadingDest[offset] = xAt(sM) - dM * Math.sin(h);
        xyHeadingDest[offset + 1] = yAt(sM) + dM * Math.cos(h);
        xyHeadingDest[offset + 2] = h;
    }

    private double xAt(double sM) {
        if (sM <= 0) {
            return startX[0] + sM * Math.cos(startHeading[0]); // straight extension before the start
        }
        if (sM >= totalLengthM) {
            return endX + (sM - totalLengthM) * Math.cos(endHeading);
        }
        int i = segmentIndexAt(sM);
        return segmentX(i, sM - startS[i]);
    }

    private double yAt(double sM) {
        if (sM <= 0) {
            return startY[0] + sM * Math.sin(startHeading[0]);
        }
        if (sM >= totalLengthM) {
            return endY + (sM - totalLengthM) * Math.sin(endHeading);
        }
        int i = segmentIndexAt(sM);
        return segmentY(i, sM - startS[i]);
    }

    /** Signed curvature at {@code sM}, 1/m (positive turns left); 0 beyond the ends. */
    public double curvatureAt(double sM) {
        if (sM < 0 || sM > totalLengthM) {
            return 0;
        }
        return curvature[segmentIndexAt(sM)];
    }

    /** Largest |curvature| (1/m) on the part of the line between {@code fromS} and {@code toS} (either order). */
    public double maxAbsCurvature(double fromS, double toS) {
        double lo = Math.max(0, Math.min(fromS, toS));
        double hi = Math.min(totalLengthM, Math.max(fromS, toS));
        double max = 0;
        if (lo > hi) {
            return 0;
        }
        for (int i = segmentIndexAt(lo); i < startS.length && startS[i] <= hi; i++) {
            max = Math.max(max, Math.abs(curvature[i]));
        }
        return max;
    }

    /**
     * Projects a world point onto the line: the closest point of each segment in closed form, the
     * nearest of those wins. {@code dM} is the signed distance to that point (positive left). A
     * point before the start or past the end gets {@code sM < 0} or {@code sM > lengthM()}, measured
     * along the end tangent.
     */
    public Frenet project(double xM, double yM, Frenet dest) {
        int best = 0;
        double bestU = 0;
        double bestDistSq = Double.POSITIVE_INFINITY;
        for (int i = 0; i < startS.length; i++) {
            double u = footU(i, xM, yM);
            double distSq = distSq(i, u, xM, yM);
            if (distSq < bestDistSq) {
                bestDistSq = distSq;
                best = i;
                bestU = u;
            }
        }
        double px = segmentX(best, bestU);
        double py = segmentY(best, bestU);
        double h = startHeading[best] + curvature[best] * bestU;
        double dx = xM - px;
        double dy = yM - py;
        double along = dx * Math.cos(h) + dy * Math.sin(h);
        double lateral = -dx * Math.sin(h) + dy * Math.cos(h);
        double s = startS[best] + bestU;
        boolean beforeStart = best == 0 && bestU == 0 && along < 0;
        boolean pastEnd = best == startS.length - 1 && bestU == length[best] && along > 0;
        if (beforeStart || pastEnd) {
            s += along; // on the straight extension: the along-track part is arc length there
        }
        return dest.set(s, lateral);
    }

    /** Local arc length (in [0, length]) of segment {@code i}'s point closest to (qx, qy). */
    private double footU(int i, double qx, double qy) {
        double h0 = startHeading[i];
        double k = curvature[i];
        double cos0 = Math.cos(h0);
        double sin0 = Math.sin(h0);
        if (k == 0) {
            double along = (qx - startX[i]) * cos0 + (qy - startY[i]) * sin0;
            return Math.clamp(along, 0, length[i]);
        }
        double centreX = startX[i] - sin0 / k;
        double centreY = startY[i] + cos0 / k;
        double wx = k * (qx - centreX);
        double wy = k * (qy - centreY);
        if (wx == 0 && wy == 0) {
            return 0; // the centre is equally near every point of the arc
        }
        // heading of the arc point on the ray from the centre through q
        double turn = Math.atan2(wx, -wy) - h0;
        // the turn in the arc's own direction, in [0, 2*pi) for a left arc, (-2*pi, 0] for a right one
        double reduced = k > 0 ? turn - TWO_PI * Math.floor(turn / TWO_PI) : turn + TWO_PI * Math.floor(-turn / TWO_PI);
        double u = reduced / k;
        if (u <= length[i]) {
            return u;
        }
        // the ray misses the arc: one of its ends is nearest
        return distSq(i, length[i], qx, qy) <= distSq(i, 0, qx, qy) ? length[i] : 0;
    }

    private double distSq(int i, double u, double qx, double qy) {
        double dx = qx - segmentX(i, u);
        double dy = qy - segmentY(i, u);
        return dx * dx + dy * dy;
    }

    /*
     * Closed form of a constant-curvature segment: the chord to local arc length u has length
     * u * sinc(k*u/2) and direction h0 + k*u/2. Unlike the centre-based form this stays exact as
     * k approaches 0 and is exactly the straight line for k == 0.
     */
    private double segmentX(int i, double u) {
        double half = 0.5 * curvature[i] * u;
        return startX[i] + u * sinc(half) * Math.cos(startHeading[i] + half);
    }

    private double segmentY(int i, double u) {
        double half = 0.5 * curvature[i] * u;
        return startY[i] + u * sinc(half) * Math.sin(startHeading[i] + half);
    }

    private static double sinc(double a) {
        if (Math.abs(a) < 1e-4) {
            return 1 - a * a / 6; // the next term, a^4/120, is below double precision here
        }
        return Math.sin(a) / a;
    }
}
