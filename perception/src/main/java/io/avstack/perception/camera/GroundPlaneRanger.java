package io.avstack.perception.camera;

import io.avstack.core.geom.CameraIntrinsics;
import io.avstack.core.geom.Extrinsics;
import io.avstack.core.geom.OpticalAxes;
import io.avstack.core.geom.PinholeCamera;
import io.avstack.core.geom.RigidTransform;
import io.avstack.core.msg.Detection2D;
import org.joml.Vector3d;

/**
 * Flat-ground range estimate: the bottom centre of a box is where the object touches the road, so
 * the camera ray through it, intersected with the ground plane z = 0 of the vehicle frame, gives
 * the object's position. Allocation-free after construction; not thread-safe (scratch vectors).
 */
public final class GroundPlaneRanger {

    private final PinholeCamera camera;
    private final RigidTransform cameraToVehicle;
    private final Vector3d origin = new Vector3d();
    private final Vector3d ray = new Vector3d();

    public GroundPlaneRanger(CameraIntrinsics intrinsics, Extrinsics extrinsics) {
        this.camera = new PinholeCamera(intrinsics);
        this.cameraToVehicle = RigidTransform.of(extrinsics);
        cameraToVehicle.translation(origin);
    }

    /**
     * Ground point seen at pixel (u, v), in the vehicle frame (m).
     *
     * @return false, leaving {@code destVehicle} unchanged, when the ray does not go down to the
     *     ground (at or above the horizon) or the camera is not above the ground
     */
    public boolean groundPoint(double uPx, double vPx, Vector3d destVehicle) {
        camera.backProject(uPx, vPx, 1, ray);
        OpticalAxes.opticalToBody(ray, ray);
        cameraToVehicle.transformDirection(ray, ray);
        if (!(ray.z < 0) || !(origin.z > 0)) {
            return false;
        }
        double t = -origin.z / ray.z;
        destVehicle.set(origin.x + t * ray.x, origin.y + t * ray.y, 0);
        return true;
    }

    /** Ground point under the bottom centre of a box; see {@link #groundPoint}. */
    public boolean position(Detection2D box, Vector3d destVehicle) {
        return groundPoint((box.xMinPx() + box.xMaxPx()) / 2, box.yMaxPx(), destVehicle);
    }
}
