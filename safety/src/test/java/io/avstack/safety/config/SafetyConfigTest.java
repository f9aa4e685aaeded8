package io.avstack.safety.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.ConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SafetyConfigTest {

    @Test
    void shippedDefaultsLoadAndMatchTheSimulatorsRssParameters() {
        SafetyConfig c = SafetyConfig.defaults();
        assertThat(c.rss().responseTimeS()).isEqualTo(0.5);
        assertThat(c.rss().accelMaxMps2()).isEqualTo(2.0);
        assertThat(c.rss().brakeMinMps2()).isEqualTo(4.0);
        assertThat(c.rss().brakeMaxMps2()).isEqualTo(8.0);
        assertThat(c.vehicle().frontM()).isCloseTo(3.7, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(c.watchdog().plannerCommandMaxAgeS()).isEqualTo(0.1);
    }

    @Test
    void anOutOfRangeValueFailsNamingTheKey() {
        String yaml = defaultsText().replace("brakeMinMps2: 4.0", "brakeMinMps2: 40.0");
        assertThatThrownBy(() -> ConfigLoader.loadString(yaml, "safety.yaml", SafetyConfig.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("rss.brakeMinMps2 = 40")
                .hasMessageContaining("out of range");
    }

    @Test
    void crossFieldChecksNameTheKey() {
        String yaml = defaultsText().replace("brakeTtcS: 1.0", "brakeTtcS: 3.0");
        assertThatThrownBy(() -> ConfigLoader.loadString(yaml, "safety.yaml", SafetyConfig.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("aeb.brakeTtcS")
                .hasMessageContaining("warnTtcS");
    }

    @Test
    void aMissingKeyFails() {
        String yaml = defaultsText().replaceAll("(?m)^  recoveryS: .*\n", "");
        assertThatThrownBy(() -> ConfigLoader.loadString(yaml, "safety.yaml", SafetyConfig.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("watchdog.recoveryS")
                .hasMessageContaining("missing");
    }

    private static String defaultsText() {
        try (InputStream in = SafetyConfig.class.getClassLoader().getResourceAsStream(SafetyConfig.DEFAULT_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
