package io.avstack.perception.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.Device;
import org.junit.jupiter.api.Test;

class CameraExplainerTest {

    private final DetectorConfig config = TestConfigs.tiny();

    @Test
    void heatIsAProbabilityPerOutputCellAndDetectionsMatchTheDetector() {
        byte[] px = new byte[192 * 128 * 3];
        new java.util.SplittableRandom(4).nextBytes(px);
        RgbImage image = new RgbImage(192, 128, px);
        try (CameraDetector detector = new CameraDetector(CenterNetModel.newModel(config, Device.cpu(), 3), config);
             CameraExplainer explainer = new CameraExplainer(detector)) {
            Explanation e = explainer.explain(image);
            assertThat(e.heatWidth()).isEqualTo(config.outputWidth());
            assertThat(e.heatHeight()).isEqualTo(config.outputHeight());
            for (float v : e.heat()) {
                assertThat(v).isBetween(0f, 1f);
            }
            assertThat(e.detections()).isEqualTo(detector.detectWithDistance(image));
        }
    }

    @Test
    void badImagesAreRejectedWithTheirSize() {
        try (CameraDetector detector = new CameraDetector(CenterNetModel.newModel(config, Device.cpu()), config);
             CameraExplainer explainer = new CameraExplainer(detector)) {
            assertThatThrownBy(() -> explainer.explain(new RgbImage(10, 10, new byte[7])))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10x10").hasMessageContaining("7");
        }
    }
}
