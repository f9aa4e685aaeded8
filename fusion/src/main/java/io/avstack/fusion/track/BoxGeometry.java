package io.avstack.fusion.track;

/**
 * Planar geometry of an oriented box (centre, length along the heading, width across it), shared by
 * tracks and box measurements. Allocation-free.
 */
final class BoxGeometry {

    private BoxGeometry() {
    }

    /** Whether world point (px, py) lies inside the box grown by {@code marginM} on every side. */
    static boolean contains(double cx, double cy, double lengthM, double widthM, double headingRad, double px,
            double py, double marginM) {
        double dx = px - cx;
        double dy = py - cy;
        double c = Math.cos(headingRad);
        double s = Math.sin(headingRad);
        return Math.abs(c * dx + s * dy) <= lengthM / 2 + marginM && Math.abs(-s * dx + c * dy) <= widthM / 2 + marginM;
    }

    /**
     * Where a sensor at world (sx, sy) sees the box: the middle of its angular extent, on its near
     * side (the bottom centre of a camera box, the centroid of a radar's near point and outline
     * corners). Writes x, y into dest[0..1]; the centre itself when the sensor is inside the box.
     */
    static void visiblePoint(double cx, double cy, double lengthM, double widthM, double headingRad, double sx,
            double sy, double[] dest) {
        bearingExtent(cx, cy, lengthM, widthM, headingRad, sx, sy, dest);
        double c = Math.cos(headingRad);
        double s = Math.sin(headingRad);
        double bearing = Math.atan2(cy - sy, cx - sx) + 0.5 * (dest[0] + dest[1]);
        double ux = Math.cos(bearing);
        double uy = Math.sin(bearing);
        // slab test in the box frame: distance along the ray to where it enters the box
        double ox = c * (sx - cx) + s * (sy - cy);
        double oy = -s * (sx - cx) + c * (sy - cy);
        double dx = c * ux + s * uy;
        double dy = -s * ux + c * uy;
        double enter = Math.max(slabEnter(ox, dx, lengthM / 2), slabEnter(oy, dy, widthM / 2));
        if (!(enter > 0) || Double.isInfinite(enter)) {
            dest[0] = cx;
            dest[1] = cy;
            return;
        }
        dest[0] = sx + enter * ux;
        dest[1] = sy + enter * uy;
    }

    /** Distance from world (sx, sy) to the nearest point of the box (0 inside), m. */
    static double distance(double cx, double cy, double lengthM, double widthM, double headingRad, double sx,
            double sy) {
        double c = Math.cos(headingRad);
        double s = Math.sin(headingRad);
        double along = Math.max(0, Math.abs(c * (sx - cx) + s * (sy - cy)) - lengthM / 2);
        double across = Math.max(0, Math.abs(-s * (sx - cx) + c * (sy - cy)) - widthM / 2);
        return Math.hypot(along, across);
    }

    /**
     * The box's angular extent seen from (sx, sy): the smallest and largest bearing of its corners
     * relative to the bearing of its centre, rad, into dest[0] and dest[1].
     */
    static void bearingExtent(double cx, double cy, double lengthM, double widthM, double headingRad, double sx,
            double sy, double[] dest) {
        double c = Math.cos(headingRad);
        double s = Math.sin(headingRad);
        double centreBearing = Math.atan2(cy - sy, cx - sx);
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < 4; k++) {
            double l = ((k & 1) == 0 ? 0.5 : -0.5) * lengthM;
            double w = ((k & 2) == 0 ? 0.5 : -0.5) * widthM;
            double b = Angles.wrap(Math.atan2(cy + s * l + c * w - sy, cx + c * l - s * w - sx) - centreBearing);
            lo = Math.min(lo, b);
            hi = Math.max(hi, b);
        }
        dest[0] = lo;
        dest[1] = hi;
    }

    /**
     * Whether some corner of the box lies further than {@code halfFovRad} off the boresight
     * {@code boresightRad} of a sensor at world (sx, sy): the sensor sees the box cut at its image's
     * side. {@code scratch} holds two doubles.
     */
    static boolean leavesFieldOfView(double cx, double cy, double lengthM, double widthM, double headingRad,
            double sx, double sy, double boresightRad, double halfFovRad, double[] scratch) {
        if (contains(cx, cy, lengthM, widthM, headingRad, sx, sy, 0)) {
            return true;
        }
        bearingExtent(cx, cy, lengthM, widthM, headingRad, sx, sy, scratch);
        double centre = Angles.wrap(Math.atan2(cy - sy, cx - sx) - boresightRad);
        return Math.abs(centre + scratch[0]) > halfFovRad || Math.abs(centre + scratch[1]) > halfFovRad;
    }

    /**
     * The face of the box that a sensor at world (sx, sy) sees most of (the larger apparent width):
     * writes its midpoint into dest[0..1] and returns the direction of its outward normal (towards
     * the sensor's side), rad.
     */
    static double nearFace(double cx, double cy, double lengthM, double widthM, double headingRad, double sx,
            double sy, double[] dest) {
        double c = Math.cos(headingRad);
        double s = Math.sin(headingRad);
        double ox = c * (sx - cx) + s * (sy - cy);
        double oy = -s * (sx - cx) + c * (sy - cy);
        if (widthM * Math.abs(ox) >= lengthM * Math.abs(oy)) {
            double sign = ox >= 0 ? 1 : -1;
            dest[0] = cx + sign * lengthM / 2 * c;
            dest[1] = cy + sign * lengthM / 2 * s;
            return ox >= 0 ? headingRad : headingRad + Math.PI;
        }
        double sign = oy >= 0 ? 1 : -1;
        dest[0] = cx - sign * widthM / 2 * s;
        dest[1] = cy + sign * widthM / 2 * c;
        return headingRad + (oy >= 0 ? Math.PI / 2 : -Math.PI / 2);
    }

    /**
     * Whether the segment from {@code fromM} to {@code toM} along the ray from (sx, sy) with unit
     * direction (ux, uy) passes through the box grown by {@code marginM} on every side.
     */
    static boolean segmentHits(double cx, double cy, double lengthM, double widthM, double headingRad, double sx,
            double sy, double ux, double uy, double fromM, double toM, double marginM) {
        double c = Math.cos(headingRad);
        double s = Math.sin(headingRad);
        double ox = c * (sx - cx) + s * (sy - cy);
        double oy = -s * (sx - cx) + c * (sy - cy);
        double dx = c * ux + s * uy;
        double dy = -s * ux + c * uy;
        double halfL = lengthM / 2 + marginM;
        double halfW = widthM / 2 + marginM;
        double enter = Math.max(slabEnter(ox, dx, halfL), slabEnter(oy, dy, halfW));
        double exit = Math.min(slabExit(ox, dx, halfL), slabExit(oy, dy, halfW));
        return enter <= exit && exit >= fromM && enter <= toM;
    }

    /** Ray parameter at which o + t d leaves the slab |.| <= half (positive infinity if parallel and inside). */
    private static double slabExit(double o, double d, double half) {
        if (Math.abs(d) < 1e-12) {
            return Math.abs(o) <= half ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        double t1 = (-half - o) / d;
        double t2 = (half - o) / d;
        return Math.max(t1, t2);
    }

    /** Ray parameter at which o + t d enters the slab |.| <= half (negative infinity if parallel and inside). */
    private static double slabEnter(double o, double d, double half) {
        if (Math.abs(d) < 1e-12) {
            return Math.abs(o) <= half ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        double t1 = (-half - o) / d;
        double t2 = (half - o) / d;
        return Math.min(t1, t2);
    }
}
