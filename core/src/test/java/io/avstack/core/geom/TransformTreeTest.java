package io.avstack.core.geom;

import static io.avstack.core.geom.GeomAssertions.assertVector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.ConfigLoader;
import java.util.List;
import org.joml.Vector2d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class TransformTreeTest {

    private final TransformTree tree =
            TransformTree.of(ConfigLoader.loadResource("config/calibration.yaml", Calibration.class));

    @Test
    void listsSensorsInCalibrationOrder() {
        assertThat(tree.sensorIds()).containsExactly("front_camera", "roof_lidar", "front_radar");
        assertThat(tree.contains("roof_lidar")).isTrue();
        assertThat(tree.contains("rear_lidar")).isFalse();
        assertThatThrownBy(() -> tree.sensorIds().remove("roof_lidar"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void sensorToVehicleComesFromTheExtrinsics() {
        // roof lidar at (1.40, 0, 1.95), unrotated: its origin is there, and a point 10 m ahead of it
        Vector3d p = tree.sensorToVehicle("roof_lidar").transformPoint(10, 0, 0, new Vector3d());

        assertVector(p, 11.40, 0, 1.95, 1e-12);
        assertThat(tree.sensorToVehicle("front_camera")
                .equals(RigidTransform.of(tree.calibration().sensor("front_camera").extrinsics()), 0)).isTrue();
    }

    @Test
    void vehicleToSensorIsTheInverse() {
        for (String id : tree.sensorIds()) {
            RigidTransform roundTrip = tree.vehicleToSensor(id).compose(tree.sensorToVehicle(id), new RigidTransform());
            assertThat(roundTrip.equals(new RigidTransform(), 1e-12)).as(id).isTrue();
        }
    }

    @Test
    void pointAheadOfTheVehicleProjectsBelowTheImageCentreOfTheDownPitchedCamera() {
        // 30 m ahead at camera height: straight ahead horizontally (u = cx); pitched 0.03 rad down,
        // the camera sees it above its centre (v < cy) by about fy * tan(0.03).
        Vector3d optical = tree.vehicleToOptical("front_camera").transformPoint(31.90, 0, 1.45, new Vector3d());
        Vector2d px = new Vector2d();

        assertThat(tree.camera("front_camera").project(optical, px)).isTrue();

        assertThat(optical.z).isCloseTo(30 * Math.cos(0.03), within(1e-9));
        assertThat(px.x).isCloseTo(639.5, within(1e-9));
        assertThat(px.y).isCloseTo(359.5 - 1000 * Math.tan(0.03), within(1e-9));
    }

    @Test
    void opticalToVehicleUndoesVehicleToOptical() {
        Vector3d p = tree.vehicleToOptical("front_camera").transformPoint(12, -3, 0.5, new Vector3d());

        assertVector(tree.opticalToVehicle("front_camera").transformPoint(p, p), 12, -3, 0.5, 1e-12);
    }

    @Test
    void cameraLookAtCornersAreConsistentWithAxisSwap() {
        // A point to the vehicle's left appears on the left of the image (u < cx).
        Vector3d optical = tree.vehicleToOptical("front_camera").transformPoint(20, 2, 1.45, new Vector3d());
        Vector2d px = new Vector2d();

        assertThat(tree.camera("front_camera").project(optical, px)).isTrue();
        assertThat(px.x).isLessThan(639.5);
    }

    @Test
    void sensorToWorldComposesTheEgoPose() {
        RigidTransform vehicleToWorld = RigidTransform.ofPose(100, 50, 0, 0, 0, Math.PI / 2);

        RigidTransform radarToWorld = tree.sensorToWorld("front_radar", vehicleToWorld, new RigidTransform());

        assertVector(radarToWorld.transformPoint(0, 0, 0, new Vector3d()), 100, 53.70, 0.5, 1e-12);
    }

    @Test
    void unknownIdsAndNonCamerasAreRejectedWithTheirName() {
        assertThatThrownBy(() -> tree.sensorToVehicle("rear_lidar"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rear_lidar")
                .hasMessageContaining("front_camera");
        assertThatThrownBy(() -> tree.camera("roof_lidar"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'roof_lidar' is not a CAMERA");
        assertThatThrownBy(() -> tree.vehicleToOptical("front_radar"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void calibrationBuiltInCodeIsValidatedToo() {
        Calibration duplicated = new Calibration(List.of(
                SensorCalibration.of("lidar", SensorKind.LIDAR, Extrinsics.IDENTITY),
                SensorCalibration.of("lidar", SensorKind.RADAR, Extrinsics.IDENTITY)));

        assertThatThrownBy(() -> TransformTree.of(duplicated))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ConfigException.Kind.INVALID);
                    assertThat(e.keyPath()).isEqualTo("sensors[1].id");
                });
    }
}
