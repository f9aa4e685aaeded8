package io.avstack.fusion.frames;

import io.avstack.core.geom.RigidTransform;
import io.avstack.core.geom.RigidTransformc;
import io.avstack.core.geom.TransformTree;
import org.joml.Vector3d;

/**
 * The frames a detection passes through on its way to the tracker: sensor -> vehicle (calibration,
 * {@link TransformTree}) -> world (the ego pose at the detection's stamp, planar: x, y, yaw). Set
 * the ego pose with {@link #setEgo}, then transform; JOML {@code dest} parameters, allocation-free;
 * one thread.
 */
public final class SensorRig {

    /** Frame id of the vehicle frame (rear-axle centre on the ground). */
    public static final String VEHICLE_FRAME = "base_link";
    /** Frame id of the world frame the tracks live in. */
    public static final String WORLD_FRAME = "map";

    private final TransformTree tree;
    private final RigidTransform vehicleToWorld = new RigidTransform();
    private final RigidTransform worldToVehicle = new RigidTransform();
    private final RigidTransform identity = new RigidTransform();
    private final Vector3d work = new Vector3d();
    private final EgoPose ego = new EgoPose();

    public SensorRig(TransformTree tree) {
        this.tree = tree;
    }

    public TransformTree tree() {
        return tree;
    }

    /** Uses {@code pose} (copied) as the vehicle's pose in the world for the following calls. */
    public void setEgo(EgoPose pose) {
        ego.set(pose.stampNs, pose.xM, pose.yM, pose.yawRad, pose.speedMps, pose.yawRateRadps);
        vehicleToWorld.setPose(pose.xM, pose.yM, 0, 0, 0, pose.yawRad);
        vehicleToWorld.invert(worldToVehicle);
    }

    /** The current ego pose (read-only use). */
    public EgoPose ego() {
        return ego;
    }

    public RigidTransformc vehicleToWorld() {
        return vehicleToWorld;
    }

    public RigidTransformc worldToVehicle() {
        return worldToVehicle;
    }

    /**
     * Sensor (or vehicle) frame to vehicle frame by frame id: a calibrated sensor's extrinsics, or
     * the identity for {@link #VEHICLE_FRAME}.
     *
     * @return null for an unknown frame id
     */
    public RigidTransformc frameToVehicle(String frameId) {
        if (VEHICLE_FRAME.equals(frameId)) {
            return identity;
        }
        return tree.contains(frameId) ? tree.sensorToVehicle(frameId) : null;
    }

    /** {@code dest} = a vehicle-frame point in the world frame. */
    public Vector3d vehicleToWorld(Vector3d vehiclePoint, Vector3d dest) {
        return vehicleToWorld.transformPoint(vehiclePoint, dest);
    }

    /** {@code dest} = a world point in the vehicle frame. */
    public Vector3d worldToVehicle(Vector3d worldPoint, Vector3d dest) {
        return worldToVehicle.transformPoint(worldPoint, dest);
    }

    /** {@code dest} = the origin of sensor {@code sensorId} in the world frame. */
    public Vector3d sensorOriginWorld(String sensorId, Vector3d dest) {
        tree.sensorToVehicle(sensorId).translation(work);
        return vehicleToWorld.transformPoint(work, dest);
    }

    /** Heading of sensor {@code sensorId}'s x axis (boresight) in the world frame, rad. */
    public double sensorYawWorld(String sensorId) {
        return ego.yawRad + frameYawInVehicle(tree.sensorToVehicle(sensorId));
    }

    /** Heading of a frame's x axis in the vehicle frame (its yaw, for near-level mounts), rad. */
    public double frameYawInVehicle(RigidTransformc frameToVehicle) {
        work.set(1, 0, 0);
        frameToVehicle.transformDirection(work, work);
        return Math.atan2(work.y, work.x);
    }

    /**
     * {@code dest} (x, y) = world velocity of the sensor's origin: the ego's velocity plus the lever
     * arm of its yaw rate, {@code omega x r}.
     */
    public Vector3d sensorVelocityWorld(String sensorId, Vector3d dest) {
        tree.sensorToVehicle(sensorId).translation(work);
        double c = Math.cos(ego.yawRad);
        double s = Math.sin(ego.yawRad);
        double rx = c * work.x - s * work.y;
        double ry = s * work.x + c * work.y;
        return dest.set(ego.speedMps * c - ego.yawRateRadps * ry, ego.speedMps * s + ego.yawRateRadps * rx, 0);
    }
}
