package io.avstack.sim.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.ConfigLoader;
import io.avstack.core.geom.Extrinsics;
import java.util.List;
import org.junit.jupiter.api.Test;

/** YAML loading and validation of the three sensor parameter records (the examples of docs/SENSORS.md). */
class SensorParamsTest {

    static final String LIDAR_YAML = """
            frameId: lidar_top
            beams: 32
            minElevationDeg: -25.0
            maxElevationDeg: 15.0
            azimuthResolutionDeg: 0.2
            minRangeM: 0.5
            maxRangeM: 120.0
            rangeNoiseSigmaM: 0.02
            dropoutProbability: 0.01
            intensityModel: LAMBERTIAN
            groundReflectivity: 0.2
            mount: {xM: 1.2, yM: 0.0, zM: 1.9, rollRad: 0.0, pitchRad: 0.0, yawRad: 0.0}
            rateHz: 10.0
            """;

    static final String RADAR_YAML = """
            frameId: radar_front
            halfFovDeg: 60.0
            minRangeM: 0.5
            maxRangeM: 150.0
            rangeNoiseSigmaM: 0.15
            azimuthNoiseSigmaDeg: 0.3
            rangeRateNoiseSigmaMps: 0.1
            rcsNoiseSigmaDb: 2.0
            aspectLossDb: 3.0
            cornerMinLengthM: 4.0
            falseAlarmsPerScan: 2.0
            ghostProbability: 0.05
            ghostRcsLossDb: 10.0
            ghostAzimuthSigmaDeg: 0.5
            mount: {xM: 3.7, yM: 0.0, zM: 0.5, rollRad: 0.0, pitchRad: 0.0, yawRad: 0.0}
            rateHz: 20.0
            """;

    static final String EGO_YAML = """
            frameId: map
            positionNoiseSigmaM: 0.02
            yawNoiseSigmaRad: 0.002
            speedNoiseSigmaMps: 0.05
            yawRateNoiseSigmaRadps: 0.005
            accelNoiseSigmaMps2: 0.05
            steeringNoiseSigmaRad: 0.002
            rateHz: 50.0
            """;

    @Test
    void documentedYamlEqualsTheDefaults() {
        assertThat(ConfigLoader.loadString(LIDAR_YAML, "lidar.yaml", LidarParams.class)).isEqualTo(LidarParams.defaults());
        assertThat(ConfigLoader.loadString(RADAR_YAML, "radar.yaml", RadarParams.class)).isEqualTo(RadarParams.defaults());
        assertThat(ConfigLoader.loadString(EGO_YAML, "ego.yaml", EgoStateParams.class))
                .isEqualTo(EgoStateParams.defaults());
    }

    @Test
    void lidarBeamTableIsUsedWhenGiven() {
        LidarParams p = ConfigLoader.loadString(LIDAR_YAML.replace("beams: 32", "beams: 3")
                + "elevationsDeg: [-15.0, -1.0, 3.0]\n", "lidar.yaml", LidarParams.class);

        assertThat(p.elevationDeg(0)).isEqualTo(-15.0);
        assertThat(p.elevationDeg(2)).isEqualTo(3.0);
        assertThat(LidarParams.defaults().elevationDeg(31)).isEqualTo(15.0);
        assertThat(LidarParams.defaults().elevationDeg(0)).isEqualTo(-25.0);
    }

    @Test
    void lidarRangeErrorsNameTheKey() {
        assertThatThrownBy(() -> ConfigLoader.loadString(LIDAR_YAML.replace("beams: 32", "beams: 0"),
                "lidar.yaml", LidarParams.class))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).keyPath()).isEqualTo("beams"))
                .hasMessageContaining("lidar.yaml:2");
        assertThatThrownBy(() -> ConfigLoader.loadString(LIDAR_YAML.replace("dropoutProbability: 0.01",
                "dropoutProbability: 1.5"), "lidar.yaml", LidarParams.class))
                .hasMessageContaining("dropoutProbability");
    }

    @Test
    void lidarCrossFieldErrorsNameTheKey() {
        LidarParams d = LidarParams.defaults();
        LidarParams badTable = new LidarParams("l", 3, -10, 10, List.of(-10.0, 5.0, 1.0), 0.2, 0.5, 100, 0, 0,
                IntensityModel.LAMBERTIAN, 0.2, Extrinsics.IDENTITY, 10);
        assertThatThrownBy(() -> new LidarModel(badTable, 1)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("elevationsDeg[2]").hasMessageContaining("increasing");

        LidarParams shortTable = new LidarParams("l", 3, -10, 10, List.of(-10.0, 5.0), 0.2, 0.5, 100, 0, 0,
                IntensityModel.LAMBERTIAN, 0.2, Extrinsics.IDENTITY, 10);
        assertThatThrownBy(() -> new LidarModel(shortTable, 1)).hasMessageContaining("elevationsDeg")
                .hasMessageContaining("one elevation per beam");

        LidarParams oddColumns = new LidarParams("l", 32, -25, 15, null, 0.7, 0.5, 100, 0, 0,
                IntensityModel.LAMBERTIAN, 0.2, d.mount(), 10);
        assertThatThrownBy(() -> new LidarModel(oddColumns, 1)).hasMessageContaining("azimuthResolutionDeg");

        LidarParams flipped = new LidarParams("l", 32, 15, -25, null, 0.2, 0.5, 100, 0, 0,
                IntensityModel.LAMBERTIAN, 0.2, d.mount(), 10);
        assertThatThrownBy(() -> new LidarModel(flipped, 1)).hasMessageContaining("maxElevationDeg");

        LidarParams ranges = new LidarParams("l", 32, -25, 15, null, 0.2, 50, 40, 0, 0,
                IntensityModel.LAMBERTIAN, 0.2, d.mount(), 10);
        assertThatThrownBy(() -> new LidarModel(ranges, 1)).hasMessageContaining("maxRangeM");
    }

    @Test
    void radarAndEgoErrorsNameTheKey() {
        assertThatThrownBy(() -> ConfigLoader.loadString(RADAR_YAML.replace("ghostProbability: 0.05",
                "ghostProbability: -0.1"), "radar.yaml", RadarParams.class))
                .isInstanceOf(ConfigException.class).hasMessageContaining("ghostProbability");
        assertThatThrownBy(() -> ConfigLoader.loadString(RADAR_YAML.replace("halfFovDeg: 60.0\n", ""),
                "radar.yaml", RadarParams.class))
                .isInstanceOf(ConfigException.class).hasMessageContaining("halfFovDeg");
        RadarParams d = RadarParams.defaults();
        RadarParams ranges = new RadarParams("r", 60, 100, 50, 0, 0, 0, 0, 3, 4, 0, 0, 10, 0, d.mount(), 20);
        assertThatThrownBy(() -> new RadarModel(ranges, 1)).hasMessageContaining("maxRangeM");
        assertThatThrownBy(() -> new EgoStateSensor(new EgoStateParams("map", 0, 0, 0, 0, 0, 0, 0.5), 1))
                .isInstanceOf(ConfigException.class).hasMessageContaining("rateHz");
        assertThatThrownBy(() -> ConfigLoader.loadString(EGO_YAML + "headingNoise: 1.0\n", "ego.yaml",
                EgoStateParams.class)).hasMessageContaining("headingNoise");
    }
}
