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
 *
 * <p>Two pixel conventions meet here. The intrinsics put pixel centres at integer coordinates
 * (pixel (u, v) is the ray through (u, v); the 640x480 calibration has cx = 319.5, the middle of the
 * image), while box coordinates ({@link Detection2D}, the simulator's labels, and therefore the
 * detector trained on them) put pixel <em>edges</em> at integers: a box covering pixel rows
 * 0..maxV has {@code yMaxPx = maxV + 1}. The bottom edge of that last row is at maxV + 0.5 in the
 * intrinsics' frame, so {@link #position} shifts box coordinates by {@link #BOX_TO_PIXEL_CENTRE_PX}.
 * Without it every box bottom looked half a pixel lower, i.e. nearer: -2.6 % range at 30-50 m and
 * -3.5 % beyond 50 m on the renderer's exact label boxes (0.1 % and 0.2 % with it).
 */
public final class GroundPlaneRanger {

    /** Add to a box coordinate (pixel edges at integers) to get the intrinsics' (centres at integers). */
    public static final double BOX_TO_PIXEL_CENTRE_PX = -0.5;

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
     * Ground point seen at pixel (u, v) in the intrinsics' convention (pixel centres at integers), in
     * the vehicle frame (m).
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

    /**
     * Ground point under the bottom centre of a box (box coordinates: pixel edges at integers, see
     * the class comment); see {@link #groundPoint}.
     */
    public boolean position(Detection2D box, Vector3d destVehicle) {
        return groundPoint((box.xMinPx() + box.xMaxPx()) / 2 + BOX_TO_PIXEL_CENTRE_PX,
                box.yMaxPx() + BOX_TO_PIXEL_CENTRE_PX, destVehicle);
    }
}
