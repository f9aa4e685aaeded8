package io.avstack.sim.render;

import java.util.Arrays;

/**
 * The software rasterizer behind {@link CameraRenderer}: world-space triangles are moved into the
 * camera's optical frame, clipped against the near plane, projected with the pinhole model
 * (u = fx x / z + cx, v = fy y / z + cy; pixel (0, 0) is the centre of the top-left pixel, as in
 * {@link io.avstack.core.geom.PinholeCamera}) and filled span by span with flat colour.
 *
 * <p>Depth is 1/z (interpolated linearly in screen space, hence exact); larger is nearer. All
 * buffers and scratch space are allocated once; drawing allocates nothing. Not thread-safe.
 */
final class Raster {

    /** Paint ground-layer colour with no depth test: ground layers are drawn back to front by layer. */
    static final int MODE_GROUND = 0;
    /** Multiply the colour already there (a soft shadow on the ground). */
    static final int MODE_SHADOW = 1;
    /** Depth-tested solid: writes colour, depth and actor id. */
    static final int MODE_SOLID = 2;
    /** Counts the pixels an actor's silhouette covers, ignoring occlusion; writes nothing visible. */
    static final int MODE_COVERAGE = 3;

    final int width;
    final int height;
    final int[] colour;
    final float[] depth;
    final int[] ids;
    private final int[] cover;
    private final double fx;
    private final double fy;
    private final double cx;
    private final double cy;

    /** World-to-optical rotation (r) and translation (t), row-major. */
    private double r00, r01, r02, r10, r11, r12, r20, r21, r22, t0, t1, t2;
    private double nearM = 0.1;
    private double fogInvDistance;
    private int fogRgb;
    private double shadowFactor = 0.6;
    private int coverCount;

    /** Clip scratch: up to 3 input + 1 extra vertex after clipping against one plane. */
    private final double[] inX = new double[4], inY = new double[4], inZ = new double[4];
    private final double[] outX = new double[5], outY = new double[5], outZ = new double[5];
    private final double[] su = new double[5], sv = new double[5], sw = new double[5];
    /** Current row's [first, last] x while clipping a span against the three edges. */
    private final double[] spanScratch = new double[2];

    Raster(int width, int height, double fx, double fy, double cx, double cy) {
        this.width = width;
        this.height = height;
        this.fx = fx;
        this.fy = fy;
        this.cx = cx;
        this.cy = cy;
        int n = width * height;
        colour = new int[n];
        depth = new float[n];
        ids = new int[n];
        cover = new int[n];
    }

    /** Sets the world-to-optical transform as a row-major 3x4 matrix [R | t]. */
    void setCamera(double[] m) {
        r00 = m[0]; r01 = m[1]; r02 = m[2]; t0 = m[3];
        r10 = m[4]; r11 = m[5]; r12 = m[6]; t1 = m[7];
        r20 = m[8]; r21 = m[9]; r22 = m[10]; t2 = m[11];
    }

    void setNear(double near) {
        nearM = near;
    }

    /** Distant surfaces fade towards {@code rgb}: fraction 1 - exp(-z / distanceM) of it at depth z. */
    void setFog(int rgb, double distanceM) {
        fogRgb = rgb;
        fogInvDistance = 1.0 / distanceM;
    }

    /** Clears depth and ids for a new frame (colour is painted over by the background). */
    void clearDepthAndIds() {
        Arrays.fill(depth, 0f);
        Arrays.fill(ids, 0);
    }

    /** Clears the coverage marks before a ground-truth pass. */
    void clearCover() {
        Arrays.fill(cover, 0);
    }

    /** Starts counting coverage pixels of one actor. */
    void resetCoverCount() {
        coverCount = 0;
    }

    int coverCount() {
        return coverCount;
    }

    /** Fog fraction at optical depth z, 0..1. */
    double fogAt(double zM) {
        return 1 - Math.exp(-zM * fogInvDistance);
    }

    int fogColour() {
        return fogRgb;
    }

    /** A planar quad (corners 0..3 in order around it, world frame, m), as two triangles. */
    void quad(double x0, double y0, double z0, double x1, double y1, double z1, double x2, double y2, double z2,
            double x3, double y3, double z3, int rgb, int id, int mode) {
        triangle(x0, y0, z0, x1, y1, z1, x2, y2, z2, rgb, id, mode);
        triangle(x0, y0, z0, x2, y2, z2, x3, y3, z3, rgb, id, mode);
    }

    /** One world-space triangle. */
    void triangle(double x0, double y0, double z0, double x1, double y1, double z1, double x2, double y2,
            double z2, int rgb, int id, int mode) {
        toOptical(0, x0, y0, z0);
        toOptical(1, x1, y1, z1);
        toOptical(2, x2, y2, z2);
        if (inZ[0] < nearM && inZ[1] < nearM && inZ[2] < nearM) {
            return;
        }
        int n = clipNear();
        double zSum = 0;
        for (int i = 0; i < n; i++) {
            double w = 1.0 / outZ[i];
            su[i] = fx * outX[i] * w + cx;
            sv[i] = fy * outY[i] * w + cy;
            sw[i] = w;
            zSum += outZ[i];
        }
        int shaded = mode == MODE_GROUND || mode == MODE_SOLID ? fog(rgb, zSum / n) : rgb;
        for (int i = 1; i + 1 < n; i++) {
            fill(0, i, i + 1, shaded, id, mode);
        }
    }

    private void toOptical(int i, double x, double y, double z) {
        inX[i] = r00 * x + r01 * y + r02 * z + t0;
        inY[i] = r10 * x + r11 * y + r12 * z + t1;
        inZ[i] = r20 * x + r21 * y + r22 * z + t2;
    }

    /** Sutherland-Hodgman against z = near; returns the output vertex count (3 or 4; 0 if all behind). */
    private int clipNear() {
        int n = 0;
        for (int i = 0; i < 3; i++) {
            int j = (i + 1) % 3;
            boolean inI = inZ[i] >= nearM;
            boolean inJ = inZ[j] >= nearM;
            if (inI) {
                outX[n] = inX[i];
                outY[n] = inY[i];
                outZ[n] = inZ[i];
                n++;
            }
            if (inI != inJ) {
                double t = (nearM - inZ[i]) / (inZ[j] - inZ[i]);
                outX[n] = inX[i] + t * (inX[j] - inX[i]);
                outY[n] = inY[i] + t * (inY[j] - inY[i]);
                outZ[n] = nearM;
                n++;
            }
        }
        return n;
    }

    private int fog(int rgb, double zM) {
        if (fogInvDistance == 0) {
            return rgb;
        }
        return Colours.mix(rgb, fogRgb, fogAt(zM));
    }

    /** Fills screen triangle (i0, i1, i2) of the projected vertices span by span. */
    private void fill(int i0, int i1, int i2, int rgb, int id, int mode) {
        double x0 = su[i0], y0 = sv[i0], x1 = su[i1], y1 = sv[i1], x2 = su[i2], y2 = sv[i2];
        double area = (x1 - x0) * (y2 - y0) - (x2 - x0) * (y1 - y0);
        if (!(Math.abs(area) > 1e-12)) {
            return;
        }
        double w0 = sw[i0], w1 = sw[i1], w2 = sw[i2];
        if (area < 0) {
            double t = x1; x1 = x2; x2 = t;
            t = y1; y1 = y2; y2 = t;
            t = w1; w1 = w2; w2 = t;
            area = -area;
        }
        int minY = (int) Math.max(0, Math.ceil(Math.min(y0, Math.min(y1, y2))));
        int maxY = (int) Math.min(height - 1, Math.floor(Math.max(y0, Math.max(y1, y2))));
        double minXf = Math.max(0, Math.ceil(Math.min(x0, Math.min(x1, x2))));
        double maxXf = Math.min(width - 1, Math.floor(Math.max(x0, Math.max(x1, x2))));
        if (minY > maxY || minXf > maxXf) {
            return;
        }
        // Depth plane w(x, y) = wA + wX x + wY y from the barycentric weights.
        double inv = 1.0 / area;
        double wX = ((y1 - y2) * w0 + (y2 - y0) * w1 + (y0 - y1) * w2) * inv;
        double wY = ((x2 - x1) * w0 + (x0 - x2) * w1 + (x1 - x0) * w2) * inv;
        double wA = w0 - wX * x0 - wY * y0;
        for (int y = minY; y <= maxY; y++) {
            // Edge (a -> b): inside where (bx - ax)(y - ay) - (by - ay)(x - ax) >= 0, linear in x.
            double[] bounds = spanScratch;
            bounds[0] = minXf;
            bounds[1] = maxXf;
            if (!clipSpan(x0, y0, x1, y1, y, bounds) || !clipSpan(x1, y1, x2, y2, y, bounds)
                    || !clipSpan(x2, y2, x0, y0, y, bounds)) {
                continue;
            }
            int xs = (int) bounds[0];
            int xe = (int) bounds[1];
            if (xs > xe) {
                continue;
            }
            spanFill(y * width, xs, xe, wA + wY * y, wX, rgb, id, mode);
        }
    }

    /** Narrows [bounds[0], bounds[1]] to the x where row y is inside edge a -> b; false if empty. */
    private static boolean clipSpan(double ax, double ay, double bx, double by, int y, double[] bounds) {
        double c = (bx - ax) * (y - ay) + (by - ay) * ax;
        double a = -(by - ay);
        // e(x) = c + a x >= 0
        if (a > 0) {
            bounds[0] = Math.max(bounds[0], Math.ceil(-c / a - 1e-9));
        } else if (a < 0) {
            bounds[1] = Math.min(bounds[1], Math.floor(-c / a + 1e-9));
        } else if (c < 0) {
            return false;
        }
        return bounds[0] <= bounds[1];
    }

    private void spanFill(int row, int xs, int xe, double wRow, double wX, int rgb, int id, int mode) {
        switch (mode) {
            case MODE_GROUND -> Arrays.fill(colour, row + xs, row + xe + 1, rgb);
            case MODE_SHADOW -> {
                for (int x = xs; x <= xe; x++) {
                    colour[row + x] = Colours.scale(colour[row + x], shadowFactor);
                }
            }
            case MODE_SOLID -> {
                for (int x = xs; x <= xe; x++) {
                    float w = (float) (wRow + wX * x);
                    int i = row + x;
                    if (w > depth[i]) {
                        depth[i] = w;
                        colour[i] = rgb;
                        ids[i] = id;
                    }
                }
            }
            default -> {
                for (int x = xs; x <= xe; x++) {
                    int i = row + x;
                    if (cover[i] != id) {
                        cover[i] = id;
                        coverCount++;
                    }
                }
            }
        }
    }
}
