package io.avstack.planning.behaviour;

import static io.avstack.planning.Fixtures.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.map.Road;
import io.avstack.core.map.RoadFiles;
import org.junit.jupiter.api.Test;

class SpeedProfileTest {

    private static final Road ROAD = RoadFiles.parse("""
            segments:
              - straight: 300
              - arc: {lengthM: 100, curvaturePerM: 0.02}
              - straight: 300
            lanes:
              forward: [3.5]
            speedLimits:
              - {fromS: 0, limitMps: 25}
              - {fromS: 150, limitMps: 15}
            """, "profile road");

    @Test
    void theCapIsTheLowestOfSetSpeedLimitAndCurveSpeed() {
        SpeedProfile p = new SpeedProfile(CONFIG);
        p.compute(ROAD, -1, 0, 20);

        assertThat(p.capMps(20)).isCloseTo(20.0, within(1e-9));
        assertThat(p.limitAt(20)).isEqualTo(SpeedProfile.Limit.SET_SPEED);
        assertThat(p.capMps(180)).isCloseTo(15.0, within(1e-9));
        assertThat(p.limitAt(180)).isEqualTo(SpeedProfile.Limit.SPEED_LIMIT);
    }

    @Test
    void aLowerLimitAheadIsAnticipatedWithTheAnticipationDeceleration() {
        SpeedProfile p = new SpeedProfile(CONFIG);
        p.compute(ROAD, -1, 0, 25);
        double b = CONFIG.rules().speedAnticipationDecelMps2();

        // 50 m before the 15 m/s zone: sqrt(15² + 2 b 50)
        assertThat(p.capMps(100)).isCloseTo(Math.sqrt(225 + 2 * b * 50), within(0.05));
        assertThat(p.limitAt(100)).isEqualTo(SpeedProfile.Limit.SPEED_LIMIT);
    }

    @Test
    void curvesLimitTheSpeedToTheComfortableLateralAcceleration() {
        SpeedProfile p = new SpeedProfile(CONFIG);
        p.compute(ROAD, -1, 250, 25);
        double k = Math.abs(ROAD.laneCurvatureAt(-1, 350));

        assertThat(p.capMps(350)).isCloseTo(Math.sqrt(CONFIG.comfort().lateralAccelMps2() / k), within(1e-6));
        assertThat(p.limitAt(350)).isEqualTo(SpeedProfile.Limit.CURVE);
    }
}
