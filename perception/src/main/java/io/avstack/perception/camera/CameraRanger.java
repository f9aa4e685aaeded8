package io.avstack.perception.camera;

import io.avstack.core.geom.CameraIntrinsics;
import io.avstack.core.geom.Extrinsics;
import org.joml.Vector3d;

/**
 * The camera detector's position estimate for a detection: the direction of the flat-ground point
 * under the box's bottom centre ({@link GroundPlaneRanger}), at a range that fuses two estimates in
 * log space: the ground-plane range r_g (geometry: exact for a perfect box on a flat road, but a
 * fixed pixel error at the box bottom is a relative error growing linearly with range, ~2.5 m per
 * px at 40 m) and the network's learned distance (from the object's size and context: a roughly
 * constant relative error, unaffected by an occluded box bottom). Inverse-variance weighting of
 * those two error models gives the ground range the weight {@code 1 / (1 + (r_g / r0)^2)}.
 * {@link #CROSSOVER_RANGE_M r0} was chosen on validation frames (training-range seeds never
 * trained on: run 0, frames 5000-5299), not on the evaluation set; see docs/CAMERA-DETECTOR.md.
 * Allocation-free; not thread-safe (one instance per thread).
 */
public final class CameraRanger {

    /** Range at which both estimates weigh the same, m. */
    public static final double CROSSOVER_RANGE_M = 50;

    private final GroundPlaneRanger ground;
    private final double cameraXM;
    private final double cameraYM;
    private final Vector3d point = new Vector3d();

    public CameraRanger(CameraIntrinsics intrinsics, Extrinsics extrinsics) {
        this.ground = new GroundPlaneRanger(intrinsics, extrinsics);
        this.cameraXM = extrinsics.xM();
        this.cameraYM = extrinsics.yM();
    }

    /**
     * Ground position of the detected object in the vehicle frame (z = 0), m.
     *
     * @return false, leaving {@code destVehicle} unchanged, when the box bottom is at or above the
     *     horizon (no ground direction)
     */
    public boolean position(CameraDetection detection, Vector3d destVehicle) {
        if (!ground.position(detection.box(), point)) {
            return false;
        }
        double dx = point.x - cameraXM;
        double dy = point.y - cameraYM;
        double groundRangeM = Math.hypot(dx, dy);
        double rangeM = fuse(groundRangeM, detection.distanceM());
        double scale = groundRangeM > 0 ? rangeM / groundRangeM : 1;
        destVehicle.set(cameraXM + dx * scale, cameraYM + dy * scale, 0);
        return true;
    }

    /** Horizontal range from the camera to {@link #position}, m; NaN when there is none. */
    public double rangeM(CameraDetection detection) {
        return position(detection, point) ? Math.hypot(point.x - cameraXM, point.y - cameraYM) : Double.NaN;
    }

    /** Log-space weighted mean of the two ranges; the ground range alone when the network's is unusable. */
    static double fuse(double groundRangeM, double networkRangeM) {
        if (!(networkRangeM > 0) || Double.isInfinite(networkRangeM) || !(groundRangeM > 0)) {
            return groundRangeM;
        }
        double q = groundRangeM / CROSSOVER_RANGE_M;
        double w = 1 / (1 + q * q);
        return Math.exp(w * Math.log(groundRangeM) + (1 - w) * Math.log(networkRangeM));
    }
}
