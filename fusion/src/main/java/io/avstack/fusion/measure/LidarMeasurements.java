package io.avstack.fusion.measure;

import io.avstack.core.geom.RigidTransformc;
import io.avstack.core.msg.Detection3D;
import io.avstack.core.msg.Detections3D;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.config.LidarParams;
import io.avstack.fusion.frames.SensorRig;
import io.avstack.fusion.track.Angles;
import io.avstack.fusion.track.Measurement;
import io.avstack.fusion.track.MeasurementBatch;
import org.joml.Vector3d;

/**
 * Lidar boxes to world measurements: the box centre (frame from the header: a calibrated sensor id,
 * {@code base_link} or {@code map}) with an isotropic covariance growing with range, plus the box's
 * size and heading. Allocation-free; one thread.
 */
public final class LidarMeasurements {

    private final LidarParams params;
    private final String lidarId;
    private final Vector3d point = new Vector3d();
    private final Vector3d origin = new Vector3d();
    private long skipped;
    private long unknownFrames;

    /** @param lidarId calibration id of the lidar (its origin sets ranges and coverage) */
    public LidarMeasurements(LidarParams params, String lidarId) {
        this.params = params;
        this.lidarId = lidarId;
    }

    /**
     * Fills {@code batch}; the rig must hold the ego pose at the detections' stamp.
     *
     * @return false (batch empty, counted) when the header's frame is unknown
     */
    public boolean fill(MeasurementBatch batch, Detections3D detections, SensorRig rig) {
        batch.begin(TrackedObject.SENSOR_LIDAR, detections.header().stampNs(), params.common());
        rig.sensorOriginWorld(lidarId, origin);
        batch.setSensorPose(origin.x, origin.y, rig.sensorYawWorld(lidarId), 0, 0);
        batch.setVehiclePose(rig.ego().xM, rig.ego().yM, rig.ego().yawRad);
        String frameId = detections.header().frameId();
        boolean world = SensorRig.WORLD_FRAME.equals(frameId);
        RigidTransformc toVehicle = world ? null : rig.frameToVehicle(frameId);
        if (!world && toVehicle == null) {
            unknownFrames++;
            return false;
        }
        double yawOffset = world ? 0 : rig.ego().yawRad + rig.frameYawInVehicle(toVehicle);
        for (int i = 0; i < detections.detections().size(); i++) {
            Detection3D d = detections.detections().get(i);
            if (!params.common().used(d.score())) {
                skipped++;
                continue;
            }
            point.set(d.xM(), d.yM(), d.zM());
            if (!world) {
                toVehicle.transformPoint(point, point);
                rig.vehicleToWorld(point, point);
            }
            double range = Math.hypot(point.x - origin.x, point.y - origin.y);
            double sigma = params.positionSigmaM() + params.positionSigmaPerM() * range;
            Measurement m = batch.add();
            m.dim = 2;
            m.cls = d.cls();
            m.score = d.score();
            m.weak = d.score() < params.common().minScore();
            m.classVote = params.classWeight() * d.score();
            m.z[0] = point.x;
            m.z[1] = point.y;
            m.r[0] = sigma * sigma;
            m.r[3] = sigma * sigma;
            m.hasBox = true;
            m.lengthM = d.dims().lengthM();
            m.widthM = d.dims().widthM();
            m.heightM = d.dims().heightM();
            m.yawRad = Angles.wrap(d.yawRad() + yawOffset);
        }
        return true;
    }

    /** Boxes below the minimum score so far. */
    public long skipped() {
        return skipped;
    }

    /** Frames whose header named a frame the rig does not know. */
    public long unknownFrames() {
        return unknownFrames;
    }
}
