package io.avstack.perception.lidar;

/**
 * Intersection over union of two rotated rectangles (bird's-eye-view boxes): the intersection is
 * the convex polygon left after clipping one rectangle by the four edges of the other
 * (Sutherland-Hodgman), its area by the shoelace formula.
 */
public final class BevIou {

    /** A convex polygon clipped by four half-planes has at most 8 vertices; 2 coordinates each. */
    private static final int MAX_VERTICES = 8;

    private BevIou() {
    }

    /**
     * IoU of rectangle A (centre, length along yaw, width across) and rectangle B, in [0, 1].
     */
    public static double iou(double ax, double ay, double al, double aw, double ayaw,
            double bx, double by, double bl, double bw, double byaw) {
        double areaA = al * aw;
        double areaB = bl * bw;
        if (!(areaA > 0) || !(areaB > 0)) {
            return 0;
        }
        // bounding circles apart: no overlap
        double reach = 0.5 * (Math.hypot(al, aw) + Math.hypot(bl, bw));
        if ((ax - bx) * (ax - bx) + (ay - by) * (ay - by) >= reach * reach) {
            return 0;
        }
        double[] poly = new double[2 * MAX_VERTICES];
        double[] tmp = new double[2 * MAX_VERTICES];
        int n = corners(bx, by, bl, bw, byaw, poly);
        double[] a = new double[8];
        corners(ax, ay, al, aw, ayaw, a);
        for (int e = 0; e < 4 && n > 0; e++) {
            double x0 = a[2 * e];
            double y0 = a[2 * e + 1];
            double x1 = a[(2 * e + 2) % 8];
            double y1 = a[(2 * e + 3) % 8];
            n = clip(poly, n, x0, y0, x1, y1, tmp);
            double[] swap = poly;
            poly = tmp;
            tmp = swap;
        }
        double inter = n < 3 ? 0 : Math.abs(area(poly, n));
        double union = areaA + areaB - inter;
        return union <= 0 ? 0 : Math.min(1, inter / union);
    }

    /** The four corners, counter-clockwise, into {@code dest}; returns 4. */
    static int corners(double x, double y, double l, double w, double yaw, double[] dest) {
        double c = Math.cos(yaw);
        double s = Math.sin(yaw);
        double hl = l / 2;
        double hw = w / 2;
        double[] along = {hl, -hl, -hl, hl};
        double[] across = {hw, hw, -hw, -hw};
        for (int i = 0; i < 4; i++) {
            dest[2 * i] = x + c * along[i] - s * across[i];
            dest[2 * i + 1] = y + s * along[i] + c * across[i];
        }
        return 4;
    }

    /** Keeps the part of polygon {@code in} left of the directed edge (x0, y0) -> (x1, y1). */
    private static int clip(double[] in, int n, double x0, double y0, double x1, double y1, double[] out) {
        int m = 0;
        for (int i = 0; i < n; i++) {
            double px = in[2 * i];
            double py = in[2 * i + 1];
            double qx = in[2 * ((i + 1) % n)];
            double qy = in[2 * ((i + 1) % n) + 1];
            double sp = side(x0, y0, x1, y1, px, py);
            double sq = side(x0, y0, x1, y1, qx, qy);
            if (sp >= 0) {
                m = put(out, m, px, py);
            }
            if ((sp >= 0) != (sq >= 0)) {
                double t = sp / (sp - sq);
                m = put(out, m, px + t * (qx - px), py + t * (qy - py));
            }
        }
        return m;
    }

    private static int put(double[] out, int m, double x, double y) {
        if (m < MAX_VERTICES) {
            out[2 * m] = x;
            out[2 * m + 1] = y;
            return m + 1;
        }
        return m;
    }

    /** Positive when (px, py) is left of the directed line. */
    private static double side(double x0, double y0, double x1, double y1, double px, double py) {
        return (x1 - x0) * (py - y0) - (y1 - y0) * (px - x0);
    }

    private static double area(double[] poly, int n) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            sum += poly[2 * i] * poly[2 * j + 1] - poly[2 * j] * poly[2 * i + 1];
        }
        return sum / 2;
    }
}
