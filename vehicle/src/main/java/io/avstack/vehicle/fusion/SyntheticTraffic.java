package io.avstack.vehicle.fusion;

import io.avstack.core.geom.PinholeCamera;
import io.avstack.core.geom.RigidTransformc;
import io.avstack.core.geom.TransformTree;
import io.avstack.core.msg.Detection2D;
import io.avstack.core.msg.Detection3D;
import io.avstack.core.msg.Detections3D;
import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.Pose;
import io.avstack.fusion.node.SensorIds;
import io.avstack.perception.camera.CameraDetection;
import io.avstack.perception.radar.RadarObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.joml.Vector2d;
import org.joml.Vector3d;

/**
 * Exact detections of a synthetic traffic scene for {@code avstack bench fusion}: the ego drives
 * along x at 15 m/s; {@code count} cars on a grid of five lanes, 12 m apart, drive with it at
 * 14.6-15.4 m/s so the scene stays populated for minutes. Each sensor sees what is in its field of
 * view, in its own frame.
 */
final class SyntheticTraffic {

    static final double EGO_SPEED_MPS = 15;
    private static final double[] LANES_Y = {-7, -3.5, 3.5, 7, 10.5};
    private static final double[] LANE_SPEED = {15.0, 14.6, 15.4, 15.2, 14.8};

    private final TransformTree tree;
    private final SensorIds ids;
    private final int count;
    private final PinholeCamera camera;
    private final RigidTransformc vehicleToOptical;
    private final Vector3d work = new Vector3d();
    private final Vector2d px = new Vector2d();

    SyntheticTraffic(TransformTree tree, SensorIds ids, int count) {
        this.tree = tree;
        this.ids = ids;
        this.count = count;
        this.camera = tree.camera(ids.cameraId());
        this.vehicleToOptical = tree.vehicleToOptical(ids.cameraId());
    }

    EgoState ego(long tNs, long seq) {
        return new EgoState(Header.of("map", seq, tNs), Pose.planar(EGO_SPEED_MPS * tNs / 1e9, 0, 0), EGO_SPEED_MPS,
                0, 0, 0);
    }

    /** Object k's world x at tNs: its lane, starting on a 12 m grid around the ego. */
    private double worldX(int k, long tNs) {
        int row = k / LANES_Y.length;
        int lane = k % LANES_Y.length;
        return -55 + 12.0 * row + (lane % 2) * 6 + LANE_SPEED[lane] * tNs / 1e9;
    }

    /** Vehicle-frame x of object k. */
    private double vehicleX(int k, long tNs) {
        return worldX(k, tNs) - EGO_SPEED_MPS * tNs / 1e9;
    }

    private double vehicleY(int k) {
        return LANES_Y[k % LANES_Y.length];
    }

    private double heading(int k) {
        return LANE_SPEED[k % LANES_Y.length] > 0 ? 0 : Math.PI;
    }

    Detections3D lidar(long tNs, long seq) {
        Vector3d mount = tree.sensorToVehicle(ids.lidarId()).translation(new Vector3d());
        List<Detection3D> boxes = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            boxes.add(new Detection3D(ObjectClass.CAR, 0.9, vehicleX(k, tNs) - mount.x, vehicleY(k) - mount.y,
                    0.75 - mount.z, new Dimensions(4.6, 1.85, 1.5), heading(k), Optional.empty()));
        }
        return new Detections3D(Header.of(ids.lidarId(), seq, tNs), boxes);
    }

    List<RadarObject> radar(long tNs) {
        Vector3d mount = tree.sensorToVehicle(ids.radarId()).translation(new Vector3d());
        List<RadarObject> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            double x = vehicleX(k, tNs) - 2.3 - mount.x;
            double y = vehicleY(k);
            double range = Math.hypot(x, y);
            if (x <= 0 || Math.abs(Math.atan2(y, x)) > Math.toRadians(55)) {
                continue;
            }
            double rr = (LANE_SPEED[k % LANES_Y.length] - EGO_SPEED_MPS) * x / range;
            out.add(new RadarObject(x, y, 0, rr, rr * x / range, rr * y / range, x, y, 1.85, 0.5, 0, 3, 10, 0.99));
        }
        return out;
    }

    List<CameraDetection> camera(long tNs) {
        List<CameraDetection> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            double x = vehicleX(k, tNs) - 2.3;
            double y = vehicleY(k);
            vehicleToOptical.transformPoint(x, y, 0, work);
            if (!camera.project(work, px)) {
                continue;
            }
            double halfW = 0.5 * 1.85 * camera.intrinsics().fxPx() / work.z;
            double h = 1.5 * camera.intrinsics().fyPx() / work.z;
            if (px.x - halfW <= 1 || px.x + halfW >= camera.intrinsics().widthPx() - 2
                    || px.y >= camera.intrinsics().heightPx() - 2) {
                continue;
            }
            out.add(new CameraDetection(new Detection2D(ObjectClass.CAR, 0.9, px.x - halfW, px.y - h, px.x + halfW,
                    px.y), work.z));
        }
        return out;
    }
}
