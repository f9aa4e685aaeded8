package io.avstack.perception.camera;

import io.avstack.core.geom.CameraIntrinsics;
import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.Detection2D;
import org.joml.Vector3d;

/**
 * The camera's position estimate of a detection: the ground point under its box's bottom centre
 * ({@link GroundPlaneRanger}), moved along its bearing to the range that the {@link CameraRangeModel}
 * makes of the ground, head and height cues. With {@link CameraRangeModel#GROUND_ONLY} it is the
 * ground point itself. Allocation-free after construction; not thread-safe (scratch state).
 */
public final class CameraRanger {

    /** A box shorter than this gives no height cue, px. */
    static final double MIN_HEIGHT_CUE_PX = 4;

    private final GroundPlaneRanger ground;
    private final CameraRangeModel model;
    private final double fxPx;
    private final double fyPx;
    private final double cxPx;
    private final double imageHeightPx;
    private final double cameraXM;
    private final double cameraYM;

    public CameraRanger(CameraIntrinsics intrinsics, Extrinsics extrinsics, CameraRangeModel model) {
        this.ground = new GroundPlaneRanger(intrinsics, extrinsics);
        this.model = model;
        this.fxPx = intrinsics.fxPx();
        this.fyPx = intrinsics.fyPx();
        this.cxPx = intrinsics.cxPx();
        this.imageHeightPx = intrinsics.heightPx();
        this.cameraXM = extrinsics.xM();
        this.cameraYM = extrinsics.yM();
    }

    /**
     * Where the object of {@code box} stands, in the vehicle frame (z = 0).
     *
     * @param headDistanceM the network's distance estimate, m; NaN when there is none
     * @return false, leaving {@code destVehicle} unchanged, when the box's bottom ray misses the ground
     */
    public boolean position(Detection2D box, double headDistanceM, Vector3d destVehicle) {
        double x0 = destVehicle.x;
        double y0 = destVehicle.y;
        double z0 = destVehicle.z;
        if (!ground.position(box, destVehicle)) {
            return false;
        }
        CameraRangeModel.ClassCues cues = model.cues(box.cls());
        double dx = destVehicle.x - cameraXM;
        double dy = destVehicle.y - cameraYM;
        double groundM = Math.hypot(dx, dy);
        if (cues == null || !(groundM > 0)) {
            return true;
        }
        double rangeM = combine(cues.bands().get(model.band(groundM)), groundM, headDistanceM,
                cues.heightM() * heightCuePerMetre(box));
        if (!(rangeM > 0) || !Double.isFinite(rangeM)) {
            destVehicle.set(x0, y0, z0);
            return false;
        }
        double scale = rangeM / groundM;
        destVehicle.set(cameraXM + dx * scale, cameraYM + dy * scale, 0);
        return true;
    }

    /** Horizontal distance of a vehicle-frame point from the camera's mount, m. */
    public double rangeFromCamera(Vector3d vehiclePoint) {
        return Math.hypot(vehiclePoint.x - cameraXM, vehiclePoint.y - cameraYM);
    }

    /**
     * The height cue's range for an object 1 m tall, m per m of height: {@code fy / boxHeightPx}
     * over the cosine of the box centre's angle off the optical axis; NaN when the box is cut by the
     * image's top or bottom edge (its height is not the object's) or shorter than
     * {@value #MIN_HEIGHT_CUE_PX} px.
     */
    public double heightCuePerMetre(Detection2D box) {
        double h = box.yMaxPx() - box.yMinPx();
        if (box.yMinPx() <= 0.5 || box.yMaxPx() >= imageHeightPx - 0.5 || h < MIN_HEIGHT_CUE_PX) {
            return Double.NaN;
        }
        double tan = ((box.xMinPx() + box.xMaxPx()) / 2 + GroundPlaneRanger.BOX_TO_PIXEL_CENTRE_PX - cxPx) / fxPx;
        return fyPx / h * Math.sqrt(1 + tan * tan);
    }

    /**
     * The band's weighted geometric mean of the cues, bias removed; a missing (NaN or <= 0) head or
     * height cue gives its weight to the ground cue.
     */
    public static double combine(CameraRangeModel.Band band, double groundM, double headM, double heightM) {
        double wGround = band.groundWeight();
        double sum = 0;
        if (headM > 0 && Double.isFinite(headM)) {
            sum += band.headWeight() * Math.log(headM);
        } else {
            wGround += band.headWeight();
        }
        if (heightM > 0 && Double.isFinite(heightM)) {
            sum += band.heightWeight() * Math.log(heightM);
        } else {
            wGround += band.heightWeight();
        }
        return Math.exp(sum + wGround * Math.log(groundM) - band.logOffset());
    }
}
