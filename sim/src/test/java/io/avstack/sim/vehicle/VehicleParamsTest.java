package io.avstack.sim.vehicle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.ConfigLoader;
import org.junit.jupiter.api.Test;

class VehicleParamsTest {

    private static final String YAML = """
            wheelbaseM: 2.8
            lengthM: 4.7
            widthM: 1.85
            rearOverhangM: 1.0
            maxAccelMps2: 3.0
            maxDecelMps2: 9.0
            maxSteerRad: 0.6
            maxSteerRateRadps: 0.8
            actuationDelayS: 0.1
            maxSpeedMps: 50.0
            """;

    @Test
    void loadsFromYamlWithJerkLimitOptional() {
        VehicleParams params = ConfigLoader.loadString(YAML, "vehicle.yaml", VehicleParams.class);

        assertThat(params.wheelbaseM()).isEqualTo(2.8);
        assertThat(params.maxJerkMps3()).isNull();
        assertThat(params.hasJerkLimit()).isFalse();
        assertThat(params.centreOffsetM()).isEqualTo(4.7 / 2 - 1.0);

        VehicleParams withJerk = ConfigLoader.loadString(YAML + "maxJerkMps3: 5.0\n", "vehicle.yaml",
                VehicleParams.class);
        assertThat(withJerk.maxJerkMps3()).isEqualTo(5.0);
    }

    @Test
    void outOfRangeValueFailsNamingTheKey() {
        String bad = YAML.replace("maxSteerRad: 0.6", "maxSteerRad: 2.0");

        assertThatThrownBy(() -> ConfigLoader.loadString(bad, "vehicle.yaml", VehicleParams.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("maxSteerRad")
                .satisfies(e -> assertThat(((ConfigException) e).kind())
                        .isEqualTo(ConfigException.Kind.OUT_OF_RANGE));
    }

    @Test
    void missingKeyFails() {
        String bad = YAML.replace("maxSpeedMps: 50.0\n", "");

        assertThatThrownBy(() -> ConfigLoader.loadString(bad, "vehicle.yaml", VehicleParams.class))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("maxSpeedMps");
    }
}
