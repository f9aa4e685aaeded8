package io.avstack.fusion.measure;

import io.avstack.core.geom.SensorCalibration;
import io.avstack.core.msg.Detection2D;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.config.CameraParams;
import io.avstack.fusion.frames.SensorRig;
import io.avstack.fusion.track.Measurement;
import io.avstack.fusion.track.MeasurementBatch;
import io.avstack.perception.camera.CameraDetection;
import io.avstack.perception.camera.CameraRangeModel;
import io.avstack.perception.camera.CameraRanger;
import io.avstack.perception.camera.GroundPlaneRanger;
import java.util.List;
import org.joml.Vector3d;

/**
 * Camera detections to world measurements: the bottom centre of each box, through the
 * {@link GroundPlaneRanger}, gives the bearing of the object's near side, and the {@link CameraRanger}
 * its range (the ground point itself, or with the detector's {@link CameraRangeModel} a blend of the
 * ground, distance-head and height cues along the same bearing): a surface measurement;
 * its covariance is tight across the line of sight ({@code range * bearingSigmaRad}; the tracker
 * widens it for trucks and buses, {@code MeasurementModel}) and
 * loose along it ({@link CameraParams#rangeSigmaM}). Boxes below {@code minScore}, boxes cut by the image's
 * bottom or side edges (their bottom centre is not the object's: too near, or off to one side) and
 * rays that miss the ground are skipped and counted. Allocation-free; one thread.
 */
public final class CameraMeasurements {

    private final CameraParams params;
    private final String cameraId;
    private final CameraRanger ranger;
    private final double imageBottomPx;
    private final double imageRightPx;
    private final Vector3d point = new Vector3d();
    private final Vector3d origin = new Vector3d();
    private long skipped;

    /** With the boxes ranged on the ground plane alone ({@link CameraRangeModel#GROUND_ONLY}). */
    public CameraMeasurements(CameraParams params, SensorCalibration camera) {
        this(params, camera, CameraRangeModel.GROUND_ONLY);
    }

    /** @param range how the detector's boxes are ranged (the calibration of its weights) */
    public CameraMeasurements(CameraParams params, SensorCalibration camera, CameraRangeModel range) {
        this.params = params;
        this.cameraId = camera.id();
        this.ranger = new CameraRanger(camera.intrinsics(), camera.extrinsics(), range);
        this.imageBottomPx = camera.intrinsics().heightPx() - 1.0;
        this.imageRightPx = camera.intrinsics().widthPx() - 1.0;
    }

    /** Fills {@code batch} with one frame's detections; the rig must hold the ego pose at {@code stampNs}. */
    public void fill(MeasurementBatch batch, long stampNs, List<CameraDetection> detections, SensorRig rig) {
        batch.begin(TrackedObject.SENSOR_CAMERA, stampNs, params.common());
        rig.sensorOriginWorld(cameraId, origin);
        batch.setSensorPose(origin.x, origin.y, rig.sensorYawWorld(cameraId), 0, 0);
        batch.setVehiclePose(rig.ego().xM, rig.ego().yM, rig.ego().yawRad);
        for (int i = 0; i < detections.size(); i++) {
            CameraDetection detection = detections.get(i);
            Detection2D box = detection.box();
            if (!params.common().used(box.score()) || isCut(box)
                    || !ranger.position(box, detection.distanceM(), point)) {
                skipped++;
                continue;
            }
            rig.vehicleToWorld(point, point);
            double dx = point.x - origin.x;
            double dy = point.y - origin.y;
            double range = Math.hypot(dx, dy);
            Measurement m = batch.add();
            m.dim = 2;
            m.cls = box.cls();
            m.score = box.score();
            m.weak = box.score() < params.common().minScore();
            m.classVote = params.classWeight() * box.score();
            m.surface = true;
            m.setPolarCovariance(point.x, point.y, Math.atan2(dy, dx), params.rangeSigmaM(range),
                    Math.max(range, 1.0) * params.bearingSigmaRad());
        }
    }

    /** A box cut by the image's bottom or side edge: its bottom centre is not the object's. */
    private boolean isCut(Detection2D box) {
        return box.yMaxPx() >= imageBottomPx || box.xMinPx() <= 0.5 || box.xMaxPx() >= imageRightPx;
    }

    /** Detections skipped so far (low score, cut at the image bottom, no ground intersection). */
    public long skipped() {
        return skipped;
    }
}
