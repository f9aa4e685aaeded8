package io.avstack.core.geom;

import org.joml.Vector2d;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * Projects points in a camera's optical frame (x right, y down, z forward; see
 * {@link OpticalAxes}) to pixels and back, with the Brown-Conrady distortion of its
 * {@link CameraIntrinsics}. Immutable and allocation-free; safe to share between threads.
 *
 * <p>Pixels: (0, 0) is the centre of the top-left pixel, so a pixel (u, v) is inside the image
 * when {@code -0.5 <= u < width - 0.5} and {@code -0.5 <= v < height - 0.5}, and its integer index
 * is {@code Math.round(u)}.
 */
public final class PinholeCamera {

    /** Undistortion stops when an iteration moves the normalised point less than this. */
    private static final double UNDISTORT_TOLERANCE = 1e-14;
    private static final int UNDISTORT_MAX_ITERATIONS = 100;
    /** Slack on the largest in-image ray radius before a ray is called "outside the lens model". */
    private static final double RADIUS_MARGIN = 1.05;

    private final CameraIntrinsics intrinsics;
    private final double fx;
    private final double fy;
    private final double cx;
    private final double cy;
    private final double k1;
    private final double k2;
    private final double p1;
    private final double p2;
    private final double k3;
    private final boolean distorted;
    private final double maxUndistortedRadiusSq;

    public PinholeCamera(CameraIntrinsics intrinsics) {
        this.intrinsics = intrinsics;
        this.fx = intrinsics.fxPx();
        this.fy = intrinsics.fyPx();
        this.cx = intrinsics.cxPx();
        this.cy = intrinsics.cyPx();
        this.k1 = intrinsics.k1();
        this.k2 = intrinsics.k2();
        this.p1 = intrinsics.p1();
        this.p2 = intrinsics.p2();
        this.k3 = intrinsics.k3();
        this.distorted = intrinsics.hasDistortion();
        this.maxUndistortedRadiusSq = distorted ? largestCornerRadiusSq() * RADIUS_MARGIN * RADIUS_MARGIN
                : Double.POSITIVE_INFINITY;
    }

    public CameraIntrinsics intrinsics() {
        return intrinsics;
    }

    /** See {@link #project(double, double, double, Vector2d)}. */
    public boolean project(Vector3dc pointOptical, Vector2d destPx) {
        return project(pointOptical.x(), pointOptical.y(), pointOptical.z(), destPx);
    }

    /**
     * Projects a point in the optical frame (m) to pixel coordinates.
     *
     * @return false, leaving {@code destPx} unchanged, if the point is behind or on the camera plane
     *     (z <= 0, or NaN), outside the range where the distortion model is trusted, or projects
     *     outside the image
     */
    public boolean project(double xM, double yM, double zM, Vector2d destPx) {
        if (!(zM > 0)) {
            return false;
        }
        double x = xM / zM;
        double y = yM / zM;
        if (distorted) {
            double r2 = x * x + y * y;
            // Far outside the field of view the polynomial folds back, and a point behind the
            // image edge would land inside the image: reject rays wider than the image corners.
            if (!(r2 <= maxUndistortedRadiusSq)) {
                return false;
            }
            double radial = 1 + r2 * (k1 + r2 * (k2 + r2 * k3));
            double xd = x * radial + 2 * p1 * x * y + p2 * (r2 + 2 * x * x);
            double yd = y * radial + p1 * (r2 + 2 * y * y) + 2 * p2 * x * y;
            x = xd;
            y = yd;
        }
        double u = fx * x + cx;
        double v = fy * y + cy;
        if (!isInside(u, v)) {
            return false;
        }
        destPx.set(u, v);
        return true;
    }

    /**
     * The point in the optical frame that images at pixel (u, v) and lies {@code depthM} in front
     * of the camera, measured along the optical axis (z), not along the ray.
     */
    public Vector3d backProject(double uPx, double vPx, double depthM, Vector3d dest) {
        double xd = (uPx - cx) / fx;
        double yd = (vPx - cy) / fy;
        double x = xd;
        double y = yd;
        if (distorted) {
            // Fixed-point inversion of the distortion model (as OpenCV's undistortPoints).
            for (int i = 0; i < UNDISTORT_MAX_ITERATIONS; i++) {
                double r2 = x * x + y * y;
                double radial = 1 + r2 * (k1 + r2 * (k2 + r2 * k3));
                double dx = 2 * p1 * x * y + p2 * (r2 + 2 * x * x);
                double dy = p1 * (r2 + 2 * y * y) + 2 * p2 * x * y;
                double nx = (xd - dx) / radial;
                double ny = (yd - dy) / radial;
                boolean converged = Math.abs(nx - x) < UNDISTORT_TOLERANCE && Math.abs(ny - y) < UNDISTORT_TOLERANCE;
                x = nx;
                y = ny;
                if (converged) {
                    break;
                }
            }
        }
        return dest.set(x * depthM, y * depthM, depthM);
    }

    /** True if pixel coordinates (u, v) fall on the image (pixel-centre convention, see class doc). */
    public boolean isInside(double uPx, double vPx) {
        return uPx >= -0.5 && uPx < intrinsics.widthPx() - 0.5 && vPx >= -0.5 && vPx < intrinsics.heightPx() - 0.5;
    }

    /** Largest squared normalised radius of the rays through the four image corners. */
    private double largestCornerRadiusSq() {
        double maxU = intrinsics.widthPx() - 0.5;
        double maxV = intrinsics.heightPx() - 0.5;
        Vector3d ray = new Vector3d();
        double max = 0;
        for (double u : new double[] {-0.5, maxU}) {
            for (double v : new double[] {-0.5, maxV}) {
                backProject(u, v, 1, ray);
                max = Math.max(max, ray.x * ray.x + ray.y * ray.y);
            }
        }
        return max;
    }
}
