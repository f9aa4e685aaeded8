package io.avstack.core.geom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.ConfigException.Kind;
import io.avstack.core.config.ConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CalibrationTest {

    private static final String RESOURCE = "config/calibration.yaml";

    @Test
    void loadsTheExampleCalibration() {
        Calibration calibration = ConfigLoader.loadResource(RESOURCE, Calibration.class);

        assertThat(calibration.sensors()).extracting(SensorCalibration::id)
                .containsExactly("front_camera", "roof_lidar", "front_radar");
        SensorCalibration camera = calibration.sensor("front_camera");
        assertThat(camera.kind()).isEqualTo(SensorKind.CAMERA);
        assertThat(camera.extrinsics()).isEqualTo(new Extrinsics(1.90, 0, 1.45, 0, 0.03, 0));
        assertThat(camera.intrinsics()).isEqualTo(CameraIntrinsics.pinhole(1280, 720, 1000, 1000, 639.5, 359.5));
        assertThat(calibration.sensor("roof_lidar").kind()).isEqualTo(SensorKind.LIDAR);
        assertThat(calibration.sensor("roof_lidar").intrinsics()).isNull();
        assertThat(calibration.sensor("front_radar").extrinsics().xM()).isEqualTo(3.70);
    }

    @Test
    void unknownIdLookupNamesTheKnownIds() {
        Calibration calibration = ConfigLoader.loadResource(RESOURCE, Calibration.class);

        assertThat(calibration.find("rear_camera")).isEmpty();
        assertThatThrownBy(() -> calibration.sensor("rear_camera"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rear_camera")
                .hasMessageContaining("[front_camera, roof_lidar, front_radar]");
    }

    @Test
    void duplicateIdIsInvalid() {
        ConfigException e = fail(example().replace("id: front_radar", "id: roof_lidar"));

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.keyPath()).isEqualTo("sensors[2].id");
        assertThat(e.getMessage()).contains("calibration.yaml:", "sensors[2].id = \"roof_lidar\"",
                "also sensors[1]");
    }

    @Test
    void cameraWithoutIntrinsicsIsInvalid() {
        String yaml = example().replace("kind: LIDAR", "kind: CAMERA");

        ConfigException e = fail(yaml);

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.keyPath()).isEqualTo("sensors[1].intrinsics");
        assertThat(e.getMessage()).contains("a CAMERA needs intrinsics");
    }

    @Test
    void lidarWithIntrinsicsIsInvalid() {
        String yaml = example().replace("    kind: CAMERA", "    kind: LIDAR");

        ConfigException e = fail(yaml);

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.keyPath()).isEqualTo("sensors[0].intrinsics");
    }

    @Test
    void degreesWhereRadiansBelongAreOutOfRange() {
        String yaml = example().replace("zM: 0.50, rollRad: 0.0, pitchRad: 0.0, yawRad: 0.0",
                "zM: 0.50, rollRad: 0.0, pitchRad: 0.0, yawRad: 90");

        ConfigException e = fail(yaml);

        assertThat(e.kind()).isEqualTo(Kind.OUT_OF_RANGE);
        assertThat(e.keyPath()).isEqualTo("sensors[2].extrinsics.yawRad");
        assertThat(e.value()).isEqualTo("90.0");
        assertThat(e.line()).isEqualTo(30);
    }

    @Test
    void principalPointOutsideTheImageIsInvalid() {
        ConfigException e = fail(example().replace("cxPx: 639.5", "cxPx: 1900"));

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.keyPath()).isEqualTo("sensors[0].intrinsics.cxPx");
        assertThat(e.getMessage()).contains("1900.0", "width 1280");
    }

    @Test
    void idMustBeTopicSafe() {
        ConfigException e = fail(example().replace("id: roof_lidar", "id: roof/lidar"));

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.keyPath()).isEqualTo("sensors[1].id");
    }

    @Test
    void emptySensorListIsInvalid() {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.loadString("sensors: []\n", "empty.yaml", Calibration.class));

        assertThat(e.kind()).isEqualTo(Kind.INVALID);
        assertThat(e.keyPath()).isEqualTo("sensors");
    }

    @Test
    void distortionCoefficientsAreRequired() {
        ConfigException e = fail(example().replace("      k3: 0.0\n", ""));

        assertThat(e.kind()).isEqualTo(Kind.MISSING_KEY);
        assertThat(e.keyPath()).isEqualTo("sensors[0].intrinsics.k3");
    }

    private static ConfigException fail(String yaml) {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> ConfigLoader.loadString(yaml, "calibration.yaml", Calibration.class));
        assertThat(e).as("expected a ConfigException").isNotNull();
        return e;
    }

    private static String example() {
        try (InputStream in = CalibrationTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
