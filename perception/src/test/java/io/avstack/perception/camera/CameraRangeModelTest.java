package io.avstack.perception.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.msg.ObjectClass;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CameraRangeModelTest {

    private static final CameraRangeModel MODEL = new CameraRangeModel(List.of(20.0, 35.0), Map.of(
            ObjectClass.TRUCK, new CameraRangeModel.ClassCues(3.1, List.of(
                    new CameraRangeModel.Band(0.1, 0.1, 0.8, -0.03),
                    new CameraRangeModel.Band(0, 0.25, 0.75, 0.01),
                    new CameraRangeModel.Band(0, 0.1, 0.9, 0.05)))));

    @Test
    void writesAndReadsBack(@TempDir Path dir) {
        assertThat(CameraRangeModel.readOrGroundOnly(dir)).isEqualTo(CameraRangeModel.GROUND_ONLY);
        try {
            MODEL.write(dir);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(CameraRangeModel.readOrGroundOnly(dir)).isEqualTo(MODEL);
        assertThat(MODEL.cues(ObjectClass.CAR)).isNull();
    }

    @Test
    void aMalformedFileNamesItselfTheFieldAndTheValue(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(CameraRangeModel.FILE_NAME);
        Files.writeString(file, """
                {"bandEdgesM": [20.0], "classes": {"CAR": {"heightM": 1.5, "bands": [
                  {"groundWeight": 1.0, "headWeight": 0.0, "heightWeight": 0.0, "logOffset": 0.0},
                  {"groundWeight": 0.7, "headWeight": 0.0, "heightWeight": 0.7, "logOffset": 0.0}]}}}
                """);
        assertThatThrownBy(() -> CameraRangeModel.readOrGroundOnly(dir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toAbsolutePath().toString())
                .hasMessageContaining("classes.CAR.bands[1]")
                .hasMessageContaining("1.4");
        Files.writeString(file, "{\"bandEdgesM\": [], \"classes\": {\"CAR\": {\"heightM\": -1, \"bands\": ["
                + "{\"groundWeight\": 1, \"headWeight\": 0, \"heightWeight\": 0, \"logOffset\": 0}]}}}");
        assertThatThrownBy(() -> CameraRangeModel.readOrGroundOnly(dir)).hasMessageContaining("classes.CAR.heightM")
                .hasMessageContaining("-1.0");
        assertThatThrownBy(() -> CameraRangeModel.read(new ByteArrayInputStream(
                "{\"bandEdgesM\": [30, 20], \"classes\": {}}".getBytes(StandardCharsets.UTF_8)), "src"))
                .hasMessageStartingWith("src: ").hasMessageContaining("bandEdgesM[1]").hasMessageContaining("20.0");
        Files.writeString(file, "{\"bandEdgesM\": [], \"classes\": {\"CAR\": {\"heightM\": 1.5, \"bands\": []}}}");
        assertThatThrownBy(() -> CameraRangeModel.readOrGroundOnly(dir)).hasMessageContaining("classes.CAR.bands: 1 needed");
    }

    @Test
    void theShippedWeightsCarryAValidCalibration() {
        CameraRangeModel shipped = BundledCameraModel.rangeModel();
        assertThat(shipped.classes()).containsKeys(ObjectClass.CAR, ObjectClass.TRUCK);
        // pedestrians and cyclists keep the ground cue (docs/CAMERA-DETECTOR.md, "Range: three cues")
        assertThat(shipped.classes()).doesNotContainKeys(ObjectClass.PEDESTRIAN, ObjectClass.CYCLIST);
    }
}
