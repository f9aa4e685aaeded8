package io.avstack.fusion.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.ConfigLoader;
import io.avstack.core.msg.ObjectClass;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FusionConfigTest {

    private static String defaultsText() throws IOException {
        try (InputStream in = FusionConfig.class.getClassLoader().getResourceAsStream(FusionConfig.DEFAULTS_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shippedDefaultsLoadWithEveryClass() {
        FusionConfig c = FusionConfig.defaults();
        for (ObjectClass cls : ObjectClass.values()) {
            assertThat(c.classParams(cls)).as(cls.name()).isNotNull();
        }
        assertThat(c.publishRateHz()).isEqualTo(10.0);
        assertThat(c.classParams(ObjectClass.UNKNOWN).motion()).isEqualTo(MotionModelKind.CV);
        assertThat(c.classParams(ObjectClass.CAR).motion()).isEqualTo(MotionModelKind.CA);
    }

    @Test
    void aMissingKeyFailsNamingIt() throws IOException {
        String yaml = defaultsText().replaceFirst("(?m)^lateToleranceS:.*\\n", "");
        assertThatThrownBy(() -> ConfigLoader.loadString(yaml, "test.yaml", FusionConfig.class))
                .isInstanceOf(ConfigException.class).hasMessageContaining("lateToleranceS");
    }

    @Test
    void anOutOfRangeValueFailsNamingIt() throws IOException {
        String yaml = defaultsText().replaceFirst("publishRateHz: 10.0", "publishRateHz: 1000");
        assertThatThrownBy(() -> ConfigLoader.loadString(yaml, "test.yaml", FusionConfig.class))
                .isInstanceOf(ConfigException.class).hasMessageContaining("publishRateHz");
    }

    @Test
    void aMissingClassFails() throws IOException {
        String yaml = defaultsText().replaceFirst("(?ms)^  BUS:.*?\\}\\n", "");
        assertThatThrownBy(() -> ConfigLoader.loadString(yaml, "test.yaml", FusionConfig.class))
                .isInstanceOf(ConfigException.class).hasMessageContaining("BUS");
    }

    @Test
    void cameraRangeSigmaInterpolatesTheTable() {
        CameraParams cam = FusionConfig.defaults().camera();
        assertThat(cam.rangeSigmaM(1.0)).isEqualTo(Math.max(cam.minRangeSigmaM(), 0.12));
        assertThat(cam.rangeSigmaM(50.0)).isCloseTo(50 * (0.16 + 0.5 * (0.25 - 0.16)), org.assertj.core.api.Assertions.within(1e-9));
        assertThat(cam.rangeSigmaM(100.0)).isCloseTo(25.0, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void theDocumentationShowsTheShippedDefaults() throws IOException {
        Path doc = Path.of("../docs/FUSION.md");
        String text = Files.readString(doc);
        assertThat(text).as("docs/FUSION.md contains the defaults file verbatim").contains(defaultsText().strip());
    }
}
