package io.avstack.planning.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.ConfigLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanningConfigTest {

    @TempDir
    Path tmp;

    private static String defaultsText() throws IOException {
        try (InputStream in = PlanningConfig.class.getClassLoader().getResourceAsStream(PlanningConfig.DEFAULTS_RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void shippedDefaultsLoadWithTheDocumentedValues() {
        PlanningConfig c = PlanningConfig.defaults();

        assertThat(c.horizon().horizonS()).isEqualTo(5.0);
        assertThat(c.horizon().stepS()).isEqualTo(0.1);
        assertThat(c.comfort().decelMps2()).isEqualTo(3.0);
        assertThat(c.rss().brakeMinMps2()).isEqualTo(4.0);
        assertThat(c.lattice().lateralTimesS()).containsExactly(2.0, 3.0, 4.5);
        assertThat(c.vehicle().frontOffsetM()).isEqualTo(3.7);
    }

    @Test
    void anOutOfRangeValueNamesFileFieldAndValue() throws IOException {
        Path file = tmp.resolve("planning.yaml");
        Files.writeString(file, defaultsText().replace("  decelMps2: 3.0 ", "  decelMps2: 30.0 "));

        assertThatThrownBy(() -> PlanningConfig.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("planning.yaml")
                .hasMessageContaining("comfort.decelMps2")
                .hasMessageContaining("30.0");
    }

    @Test
    void aMissingKeyIsNamed() throws IOException {
        String text = defaultsText().replace("  timeGapS: 1.5\n", "");

        assertThatThrownBy(() -> ConfigLoader.loadString(text, "no-time-gap.yaml", PlanningConfig.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("no-time-gap.yaml")
                .hasMessageContaining("following.timeGapS");
    }

    @Test
    void comfortLimitsAboveTheHardLimitsAreRejected() throws IOException {
        String text = defaultsText().replace("  accelMps2: 2.0\n", "  accelMps2: 3.5\n");

        assertThatThrownBy(() -> ConfigLoader.loadString(text, "x.yaml", PlanningConfig.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("comfort.accelMps2")
                .hasMessageContaining("3.5")
                .hasMessageContaining("limits.accelMps2");
    }

    @Test
    void aBrakingProfileHarderThanTheHardLimitIsRejected() throws IOException {
        String text = defaultsText().replace("[1.5, 3.0, 4.5, 6.0, 8.0]", "[1.5, 12.0]");

        assertThatThrownBy(() -> ConfigLoader.loadString(text, "x.yaml", PlanningConfig.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("lattice.brakeDecelsMps2[1]")
                .hasMessageContaining("12.0");
    }

    @Test
    void aVehicleWhoseAxlesDoNotFitIsRejected() throws IOException {
        String text = defaultsText().replace("  rearOverhangM: 1.0", "  rearOverhangM: 3.0");

        assertThatThrownBy(() -> ConfigLoader.loadString(text, "x.yaml", PlanningConfig.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("vehicle.rearOverhangM");
    }

    @Test
    void withVehicleReplacesOnlyTheVehicle() {
        PlanningConfig c = PlanningConfig.defaults();
        PlanningConfig.Vehicle truck = new PlanningConfig.Vehicle(5.0, 10.0, 2.5, 1.5, 0.5, 0.5, 1.5, 6.0, 0.2);

        PlanningConfig changed = c.withVehicle(truck);

        assertThat(changed.vehicle()).isEqualTo(truck);
        assertThat(changed.comfort()).isEqualTo(c.comfort());
        assertThat(truck.frontOffsetM()).isEqualTo(8.5);
        assertThat(truck.maxCurvaturePerM()).isCloseTo(Math.tan(0.5) / 5.0, org.assertj.core.data.Offset.offset(1e-12));
    }
}
