package io.avstack.core.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrafficLightTest {

    private static final long S = 1_000_000_000L;

    @Test
    void fixedCycleWithoutOffset() {
        FixedCycleLight light = new FixedCycleLight("a", 30, 3, 27, 0);
        assertThat(light.cycleNs()).isEqualTo(60 * S);
        assertThat(light.state(0)).isEqualTo(LightState.GREEN);
        assertThat(light.state(30 * S - 1)).isEqualTo(LightState.GREEN);
        assertThat(light.state(30 * S)).isEqualTo(LightState.YELLOW);
        assertThat(light.state(33 * S - 1)).isEqualTo(LightState.YELLOW);
        assertThat(light.state(33 * S)).isEqualTo(LightState.RED);
        assertThat(light.state(60 * S - 1)).isEqualTo(LightState.RED);
        assertThat(light.state(60 * S)).isEqualTo(LightState.GREEN);
        assertThat(light.state(1000 * 60 * S + 31 * S)).isEqualTo(LightState.YELLOW);
    }

    @Test
    void offsetShiftsTheStartOfGreen() {
        FixedCycleLight light = new FixedCycleLight("b", 30, 3, 27, 5);
        assertThat(light.state(0)).as("5 s before green: the end of red").isEqualTo(LightState.RED);
        assertThat(light.state(5 * S - 1)).isEqualTo(LightState.RED);
        assertThat(light.state(5 * S)).isEqualTo(LightState.GREEN);
        assertThat(light.state(35 * S)).isEqualTo(LightState.YELLOW);
        assertThat(light.state(38 * S)).isEqualTo(LightState.RED);
        assertThat(light.state(-25 * S)).as("negative time wraps too").isEqualTo(LightState.YELLOW);
        FixedCycleLight early = new FixedCycleLight("c", 30, 3, 27, -31.5);
        assertThat(early.state(0)).isEqualTo(LightState.YELLOW); // 31.5 s into its cycle
    }

    @Test
    void zeroYellowSwitchesStraightToRed() {
        FixedCycleLight light = new FixedCycleLight("d", 10, 0, 10, 0);
        assertThat(light.state(10 * S - 1)).isEqualTo(LightState.GREEN);
        assertThat(light.state(10 * S)).isEqualTo(LightState.RED);
    }

    @Test
    void scriptedPhasesHoldUntilTheNext() {
        ScriptedLight light = new ScriptedLight("e", List.of(new ScriptedLight.Phase(0, LightState.RED),
                new ScriptedLight.Phase(12.5, LightState.GREEN), new ScriptedLight.Phase(40, LightState.YELLOW),
                new ScriptedLight.Phase(43, LightState.RED)));
        assertThat(light.state(-S)).isEqualTo(LightState.RED);
        assertThat(light.state(12_500_000_000L - 1)).isEqualTo(LightState.RED);
        assertThat(light.state(12_500_000_000L)).isEqualTo(LightState.GREEN);
        assertThat(light.state(40 * S - 1)).isEqualTo(LightState.GREEN);
        assertThat(light.state(41 * S)).isEqualTo(LightState.YELLOW);
        assertThat(light.state(43 * S)).isEqualTo(LightState.RED);
        assertThat(light.state(Long.MAX_VALUE)).isEqualTo(LightState.RED);
    }

    @Test
    void sameTimeGivesSameState() {
        FixedCycleLight a = new FixedCycleLight("f", 17.3, 2.9, 21.1, 3.7);
        FixedCycleLight b = new FixedCycleLight("f", 17.3, 2.9, 21.1, 3.7);
        for (long t = 0; t < 200 * S; t += 333_333_333L) {
            assertThat(a.state(t)).isEqualTo(b.state(t));
        }
    }

    @Test
    void rejectsBadTimings() {
        assertThatThrownBy(() -> new FixedCycleLight("g", 0, 3, 27, 0)).hasMessageContaining("traffic light g");
        assertThatThrownBy(() -> new FixedCycleLight("g", 30, 3, 27, Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> new ScriptedLight("h", List.of(new ScriptedLight.Phase(1, LightState.RED))))
                .hasMessageContaining("phases[0].timeS = 1.0: the first entry must be at 0");
        assertThatThrownBy(() -> new ScriptedLight("h", List.of(new ScriptedLight.Phase(0, LightState.RED),
                new ScriptedLight.Phase(0, LightState.GREEN)))).hasMessageContaining("phases[1]");
    }
}
