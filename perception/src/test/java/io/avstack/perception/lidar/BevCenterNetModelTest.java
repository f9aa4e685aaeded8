package io.avstack.perception.lidar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import ai.djl.Model;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

class BevCenterNetModelTest {

    private final LidarDetectorConfig config = LidarTestData.tiny();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(LidarArchitecture.class)
    void saveLoadRoundTripGivesIdenticalOutputs(LidarArchitecture architecture) throws Exception {
        LidarDetectorConfig c = config.withArchitecture(architecture);
        float[] input = LidarTestData.randomRaster(config, 1.0);
        float[] before;
        try (Model model = BevCenterNetModel.newModel(c, Device.cpu(), 5)) {
            before = LidarTestData.forward(model, input, c);
            BevCenterNetModel.save(model, dir);
        }
        try (Model loaded = BevCenterNetModel.load(dir, c, Device.cpu())) {
            assertThat(LidarTestData.forward(loaded, input, c)).containsExactly(before);
        }
    }

    @Test
    void aMissingWeightsFileIsNamed() {
        assertThatThrownBy(() -> BevCenterNetModel.load(dir, config, Device.cpu()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(BevCenterNetModel.paramFile(dir).toAbsolutePath().toString())
                .hasMessageContaining("not found");
    }

    @Test
    void corruptOrMismatchedWeightsAreRefusedNamingThePath() throws Exception {
        Files.write(BevCenterNetModel.paramFile(dir), new byte[] {1, 2, 3, 4, 5});
        assertThatThrownBy(() -> BevCenterNetModel.load(dir, config, Device.cpu()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(BevCenterNetModel.paramFile(dir).toAbsolutePath().toString());
        try (Model wider = BevCenterNetModel.newModel(config.withBaseChannels(6), Device.cpu(), 1)) {
            BevCenterNetModel.save(wider, dir);
        }
        assertThatThrownBy(() -> BevCenterNetModel.load(dir, config, Device.cpu()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("shape");
    }
}
