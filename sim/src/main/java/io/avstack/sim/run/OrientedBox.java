package io.avstack.sim.run;

/**
 * Overlap of two oriented rectangles in the plane by the separating-axis theorem: two convex
 * shapes are disjoint exactly when their projections on one of the four edge normals are. Pure
 * arithmetic, allocation-free.
 */
public final class OrientedBox {

    private OrientedBox() {
    }

    /**
     * Whether box A (centre, heading of its length axis, length, width; m and rad) and box B
     * overlap; touching edges count as overlap.
     */
    public static boolean overlap(double ax, double ay, double aYaw, double aLen, double aWid,
            double bx, double by, double bYaw, double bLen, double bWid) {
        double dx = bx - ax;
        double dy = by - ay;
        double ac = Math.cos(aYaw);
        double as = Math.sin(aYaw);
        double bc = Math.cos(bYaw);
        double bs = Math.sin(bYaw);
        return !separated(dx, dy, ac, as, aLen, aWid, bc, bs, bLen, bWid)
                && !separated(dx, dy, -as, ac, aWid, aLen, bc, bs, bLen, bWid)
                && !separated(dx, dy, bc, bs, bLen, bWid, ac, as, aLen, aWid)
                && !separated(dx, dy, -bs, bc, bWid, bLen, ac, as, aLen, aWid);
    }

    /**
     * Whether the axis (ux, uy), a unit edge normal of box P whose half extent along it is
     * {@code pAlong / 2}, separates P from box Q (heading cos qc, sin qs).
     */
    private static boolean separated(double dx, double dy, double ux, double uy, double pAlong, double pAcross,
            double qc, double qs, double qLen, double qWid) {
        double distance = Math.abs(dx * ux + dy * uy);
        double qHalf = 0.5 * qLen * Math.abs(qc * ux + qs * uy) + 0.5 * qWid * Math.abs(-qs * ux + qc * uy);
        return distance > 0.5 * pAlong + qHalf;
    }
}
