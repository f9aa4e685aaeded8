package io.avstack.core.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpeedLimitsTest {

    private final SpeedLimits limits = new SpeedLimits(List.of(new SpeedLimits.Zone(0, 22.2),
            new SpeedLimits.Zone(300, 13.9), new SpeedLimits.Zone(450, 16.7)));

    @Test
    void limitChangesExactlyAtFromS() {
        assertThat(limits.limitAt(0)).isEqualTo(22.2);
        assertThat(limits.limitAt(299.999)).isEqualTo(22.2);
        assertThat(limits.limitAt(300)).isEqualTo(13.9);
        assertThat(limits.limitAt(449.9)).isEqualTo(13.9);
        assertThat(limits.limitAt(450)).isEqualTo(16.7);
        assertThat(limits.limitAt(1e6)).isEqualTo(16.7);
        assertThat(limits.limitAt(-3)).as("before the road").isEqualTo(22.2);
    }

    @Test
    void minimumOverAStretchSeesEveryZoneInIt() {
        assertThat(limits.minLimitBetween(100, 299)).isEqualTo(22.2);
        assertThat(limits.minLimitBetween(100, 300)).isEqualTo(13.9);
        assertThat(limits.minLimitBetween(600, 250)).isEqualTo(13.9);
        assertThat(limits.minLimitBetween(460, 600)).isEqualTo(16.7);
    }

    @Test
    void rejectsBadZones() {
        assertThatThrownBy(() -> new SpeedLimits(List.of(new SpeedLimits.Zone(5, 10))))
                .hasMessageContaining("[0].fromS = 5.0: the first entry must be at 0");
        assertThatThrownBy(() -> new SpeedLimits(List.of(new SpeedLimits.Zone(0, 10), new SpeedLimits.Zone(0, 12))))
                .hasMessageContaining("[1].fromS = 0.0");
        assertThatThrownBy(() -> new SpeedLimits(List.of(new SpeedLimits.Zone(0, -1)))).hasMessageContaining("limitMps = -1");
    }
}
