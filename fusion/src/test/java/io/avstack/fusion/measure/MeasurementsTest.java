package io.avstack.fusion.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.geom.TransformTree;
import io.avstack.core.msg.Detection2D;
import io.avstack.core.msg.Detection3D;
import io.avstack.core.msg.Detections3D;
import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.Fixtures;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.fusion.frames.EgoPose;
import io.avstack.fusion.frames.SensorRig;
import io.avstack.fusion.track.MeasurementBatch;
import io.avstack.perception.camera.CameraDetection;
import io.avstack.perception.camera.CameraRangeModel;
import io.avstack.perception.radar.RadarObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.joml.Vector2d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

/** Each sensor's detections land at the right world position with the right covariance shape. */
class MeasurementsTest {

    private final FusionConfig config = Fixtures.config();
    private final TransformTree tree = Fixtures.tree();
    private final SensorRig rig = new SensorRig(tree);
    private final MeasurementBatch batch = new MeasurementBatch();

    MeasurementsTest() {
        rig.setEgo(new EgoPose().set(0, 100, 50, Math.PI / 2, 10, 0)); // facing +y in the world
    }

    @Test
    void aCameraBoxBecomesItsGroundPointWithARangeElongatedCovariance() {
        // the pixel where the ground point 30 m ahead, 2 m left (vehicle frame) is seen
        Vector3d optical = tree.vehicleToOptical("camera_front").transformPoint(30, 2, 0, new Vector3d());
        Vector2d px = new Vector2d();
        assertThat(tree.camera("camera_front").project(optical, px)).isTrue();
        // box coordinates put pixel edges at integers, the projection pixel centres: + 0.5 (GroundPlaneRanger)
        Detection2D box = new Detection2D(ObjectClass.CAR, 0.9, px.x + 0.5 - 20, px.y + 0.5 - 30, px.x + 0.5 + 20,
                px.y + 0.5);
        Detection2D cut = new Detection2D(ObjectClass.CAR, 0.9, 10, 300, 50, 479.5);
        CameraMeasurements cam = new CameraMeasurements(config.camera(), tree.calibration().sensor("camera_front"));
        cam.fill(batch, 7, List.of(new CameraDetection(box, 30), new CameraDetection(cut, 3)), rig);
        assertThat(batch.size()).isEqualTo(1);
        assertThat(cam.skipped()).isEqualTo(1);
        var m = batch.get(0);
        assertThat(m.surface).isTrue();
        // vehicle (30, 2) with the ego at (100, 50) facing +y: world (100 - 2, 50 + 30)
        assertThat(m.z[0]).isCloseTo(98, within(1e-6));
        assertThat(m.z[1]).isCloseTo(80, within(1e-6));
        // range (camera to point) is along world +y: variance in y is the range one, far larger
        assertThat(m.r[3]).isGreaterThan(20 * m.r[0]);
        assertThat(batch.sensor).isEqualTo(TrackedObject.SENSOR_CAMERA);
        assertThat(batch.sensorYawRad).isCloseTo(Math.PI / 2, within(1e-9));
    }

    @Test
    void theDetectorsRangeCalibrationMovesTheCameraPointAlongItsBearing() {
        Vector3d optical = tree.vehicleToOptical("camera_front").transformPoint(30, 2, 0, new Vector3d());
        Vector2d px = new Vector2d();
        assertThat(tree.camera("camera_front").project(optical, px)).isTrue();
        Detection2D box = new Detection2D(ObjectClass.CAR, 0.9, px.x + 0.5 - 20, px.y + 0.5 - 30, px.x + 0.5 + 20,
                px.y + 0.5);
        // the network's distance head alone, 10 % beyond the ground point
        CameraRangeModel headOnly = new CameraRangeModel(List.of(), Map.of(ObjectClass.CAR,
                new CameraRangeModel.ClassCues(1.5, List.of(new CameraRangeModel.Band(0, 1, 0, 0)))));
        var sensor = tree.calibration().sensor("camera_front");
        double cameraX = sensor.extrinsics().xM();
        double cameraY = sensor.extrinsics().yM();
        double groundRange = Math.hypot(30 - cameraX, 2 - cameraY);
        new CameraMeasurements(config.camera(), sensor, headOnly)
                .fill(batch, 7, List.of(new CameraDetection(box, 1.1 * groundRange)), rig);
        var m = batch.get(0);
        // vehicle: the camera's mount plus 1.1 times the way to (30, 2); world: ego at (100, 50) facing +y
        double vx = cameraX + 1.1 * (30 - cameraX);
        double vy = cameraY + 1.1 * (2 - cameraY);
        assertThat(m.z[0]).isCloseTo(100 - vy, within(1e-6));
        assertThat(m.z[1]).isCloseTo(50 + vx, within(1e-6));
    }

    @Test
    void lidarBoxesComeThroughTheirHeaderFrame() {
        LidarMeasurements lidar = new LidarMeasurements(config.lidar(), "lidar_top");
        Detection3D d = new Detection3D(ObjectClass.TRUCK, 0.8, 10, 0, -1, new Dimensions(10, 2.5, 3.5), 0.3,
                Optional.empty());
        assertThat(lidar.fill(batch, new Detections3D(Header.of("lidar_top", 0, 5), List.of(d)), rig)).isTrue();
        var m = batch.get(0);
        // lidar mounted 1.4 m ahead of the rear axle: vehicle (11.4, 0) -> world (100, 61.4)
        assertThat(m.z[0]).isCloseTo(100, within(1e-9));
        assertThat(m.z[1]).isCloseTo(61.4, within(1e-9));
        assertThat(m.yawRad).isCloseTo(Math.PI / 2 + 0.3, within(1e-9));
        assertThat(m.hasBox).isTrue();
        assertThat(m.lengthM).isEqualTo(10);
        assertThat(m.r[0]).isEqualTo(m.r[3]);
        assertThat(lidar.fill(batch, new Detections3D(Header.of("base_link", 0, 5), List.of(d)), rig)).isTrue();
        assertThat(batch.get(0).z[1]).isCloseTo(60, within(1e-9));
        assertThat(lidar.fill(batch, new Detections3D(Header.of("somewhere", 0, 5), List.of(d)), rig)).isFalse();
        assertThat(lidar.unknownFrames()).isEqualTo(1);
    }

    @Test
    void radarClustersBecomePositionAndRangeRate() {
        RadarMeasurements radar = new RadarMeasurements(config.radar(), "radar_front");
        RadarObject car = new RadarObject(20, 0, 0, -3, -3, 0, 20, 0, 2, 1, 0, 3, 10, 0.99);
        RadarObject weak = new RadarObject(30, 5, 0, 0, 0, 0, 30, 5, 0, 0, 0, 1, -5, 0.6);
        radar.fill(batch, 9, List.of(car, weak), rig);
        assertThat(batch.size()).isEqualTo(2);
        var m = batch.get(0);
        assertThat(m.dim).isEqualTo(3);
        // radar 3.7 m ahead of the rear axle: vehicle (23.7, 0) -> world (100, 73.7)
        assertThat(m.z[0]).isCloseTo(100, within(1e-9));
        assertThat(m.z[1]).isCloseTo(73.7, within(1e-9));
        assertThat(m.z[2]).isEqualTo(-3);
        assertThat(m.cls).isEqualTo(ObjectClass.CAR);
        assertThat(batch.get(1).cls).as("weak echo: no class vote").isEqualTo(ObjectClass.UNKNOWN);
        assertThat(batch.sensorVyMps).isCloseTo(10, within(1e-9));
        // the car's cluster box, 2 x 1 m along the line of sight, spans its 1 m width across it
        assertThat(m.spanAcrossSightM).isCloseTo(1.0, within(1e-9));
        assertThat(batch.get(1).spanAcrossSightM).as("one detection").isZero();
    }

    @Test
    void aRadarClusterSpansItsBoxAcrossTheLineOfSight() {
        RadarMeasurements radar = new RadarMeasurements(config.radar(), "radar_front");
        // a truck's rear 40 m ahead seen as a 2.4 m line of detections across the line of sight, and
        // the same line turned 30 degrees off it
        RadarObject across = new RadarObject(40, 0, 0, -3, -3, 0, 40, 0, 2.4, 0.2, Math.PI / 2, 5, 20, 0.99);
        RadarObject turned = new RadarObject(40, 0, 0, -3, -3, 0, 40, 0, 2.4, 0.2, Math.PI / 3, 5, 20, 0.99);
        radar.fill(batch, 9, List.of(across, turned), rig);
        assertThat(batch.get(0).spanAcrossSightM).isCloseTo(2.4, within(1e-9));
        assertThat(batch.get(1).spanAcrossSightM)
                .isCloseTo(2.4 * Math.sin(Math.PI / 3) + 0.2 * Math.cos(Math.PI / 3), within(1e-9));
    }

    @Test
    void strongRadarClustersVoteTruckOthersCarAndWeakOnesNothing() {
        RadarMeasurements radar = new RadarMeasurements(config.radar(), "radar_front");
        // the simulator's truck reflects 20 dBsm (corners 3 dB less, aspect up to 3 dB less), a car 10
        RadarObject truckCorner = new RadarObject(60, 2, 0, -3, -3, 0, 60, 2, 0, 0, 0, 1, 15.5, 0.95);
        RadarObject carNearPoint = new RadarObject(40, 0, 0, -3, -3, 0, 40, 0, 0, 0, 0, 1, 11.0, 0.95);
        RadarObject clutter = new RadarObject(30, 5, 0, 0, 0, 0, 30, 5, 0, 0, 0, 1, -5, 0.95);
        radar.fill(batch, 9, List.of(truckCorner, carNearPoint, clutter), rig);
        assertThat(batch.get(0).cls).isEqualTo(ObjectClass.TRUCK);
        assertThat(batch.get(0).classVote).isGreaterThan(0);
        assertThat(batch.get(1).cls).isEqualTo(ObjectClass.CAR);
        assertThat(batch.get(2).cls).isEqualTo(ObjectClass.UNKNOWN);
        assertThat(batch.get(2).classVote).isZero();
    }
}
