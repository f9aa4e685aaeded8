package io.avstack.perception.radar;

/**
 * The oriented minimum-area box around a cluster's points: convex hull (Andrew's monotone chain),
 * then the box flush with each hull edge, keeping the smallest (a minimum-area rectangle always
 * has a side on the hull). Results are read from the fields after {@link #fit}. Scratch arrays are
 * reused; not thread-safe.
 */
final class ClusterShape {

    private static final double HALF_PI = Math.PI / 2;
    /** Areas this close (relative) are equal up to rounding. */
    private static final double AREA_TIE_FRACTION = 1e-9;

    double boxXM;
    double boxYM;
    double lengthM;
    double widthM;
    double yawRad;

    private double bestArea;
    private double bestPerimeter;
    private int[] sorted = new int[0];
    private double[] hullX = new double[0];
    private double[] hullY = new double[0];
    private double[] px;
    private double[] py;
    private final IndexSort.IndexComparator byXy = this::compareXy;

    /** Fits the box to points {@code members[from..to)} of {@code (xs, ys)}. */
    void fit(double[] xs, double[] ys, int[] members, int from, int to) {
        px = xs;
        py = ys;
        int m = to - from;
        ensureCapacity(m);
        System.arraycopy(members, from, sorted, 0, m);
        IndexSort.sort(sorted, m, byXy);
        int h = hull(m);
        bestArea = Double.POSITIVE_INFINITY;
        bestPerimeter = Double.POSITIVE_INFINITY;
        for (int e = 0; e < h && h > 1; e++) {
            double ex = hullX[(e + 1) % h] - hullX[e];
            double ey = hullY[(e + 1) % h] - hullY[e];
            double len = Math.hypot(ex, ey);
            if (len > 0) { // repeated points leave zero-length edges
                boxFlushWith(ex / len, ey / len, h);
            }
        }
        if (bestArea == Double.POSITIVE_INFINITY) {
            single(hullX[0], hullY[0]);
        }
    }

    /**
     * Box with one side along unit vector u; kept if smaller than the best so far. Equal areas
     * (a right triangle has three) go to the smaller perimeter: three returns of a car's corner
     * then give the car's sides, not a box along the diagonal.
     */
    private void boxFlushWith(double ux, double uy, int h) {
        double minU = Double.POSITIVE_INFINITY;
        double maxU = Double.NEGATIVE_INFINITY;
        double minV = Double.POSITIVE_INFINITY;
        double maxV = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < h; k++) {
            double u = hullX[k] * ux + hullY[k] * uy;
            double v = -hullX[k] * uy + hullY[k] * ux;
            minU = Math.min(minU, u);
            maxU = Math.max(maxU, u);
            minV = Math.min(minV, v);
            maxV = Math.max(maxV, v);
        }
        double sideU = maxU - minU;
        double sideV = maxV - minV;
        double area = sideU * sideV;
        double perimeter = sideU + sideV;
        double tie = AREA_TIE_FRACTION * Math.max(area, bestArea == Double.POSITIVE_INFINITY ? 0 : bestArea);
        if (area < bestArea - tie || (area <= bestArea + tie && perimeter < bestPerimeter)) {
            bestArea = area;
            bestPerimeter = perimeter;
            double cu = (minU + maxU) / 2;
            double cv = (minV + maxV) / 2;
            boxXM = cu * ux - cv * uy;
            boxYM = cu * uy + cv * ux;
            double axis = Math.atan2(uy, ux);
            if (sideU >= sideV) {
                lengthM = sideU;
                widthM = sideV;
            } else {
                lengthM = sideV;
                widthM = sideU;
                axis += HALF_PI;
            }
            yawRad = halfTurn(axis);
        }
    }

    private void single(double x, double y) {
        boxXM = x;
        boxYM = y;
        lengthM = 0;
        widthM = 0;
        yawRad = halfTurn(Math.atan2(y, x));
    }

    /** Convex hull of the sorted points into hullX/Y, counter-clockwise, no collinear points. */
    private int hull(int m) {
        int k = 0;
        for (int i = 0; i < m; i++) {
            k = push(k, 2, sorted[i]);
        }
        int lower = k + 1;
        for (int i = m - 2; i >= 0; i--) {
            k = push(k, lower, sorted[i]);
        }
        return Math.max(1, k - 1); // the last point repeats the first
    }

    private int push(int k, int minSize, int p) {
        double x = px[p];
        double y = py[p];
        while (k >= minSize && cross(hullX[k - 2], hullY[k - 2], hullX[k - 1], hullY[k - 1], x, y) <= 0) {
            k--;
        }
        hullX[k] = x;
        hullY[k] = y;
        return k + 1;
    }

    private static double cross(double ox, double oy, double ax, double ay, double bx, double by) {
        return (ax - ox) * (by - oy) - (ay - oy) * (bx - ox);
    }

    /** An axis direction folded into (-pi/2, pi/2] (a box's axis has no front or back). */
    static double halfTurn(double rad) {
        double a = Math.IEEEremainder(rad, Math.PI);
        return a <= -HALF_PI ? a + Math.PI : a;
    }

    private int compareXy(int a, int b) {
        int c = Double.compare(px[a], px[b]);
        return c != 0 ? c : Double.compare(py[a], py[b]);
    }

    private void ensureCapacity(int m) {
        if (sorted.length < m) {
            int cap = Math.max(m, 2 * sorted.length);
            sorted = new int[cap];
            hullX = new double[2 * cap + 1];
            hullY = new double[2 * cap + 1];
        }
    }
}
