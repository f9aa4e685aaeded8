package io.avstack.system.regress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.vehicle.regress.FaultSets;
import io.avstack.vehicle.regress.RunTrace;
import org.junit.jupiter.api.Test;

class RegressionPartsTest {

    @Test
    void faultSetsParseNamesAndAllWithoutDuplicates() {
        assertThat(FaultSets.parse("none")).containsExactly("none");
        assertThat(FaultSets.parse("camera_blackout, none,camera_blackout")).containsExactly("camera_blackout", "none");
        assertThat(FaultSets.parse("all")).containsExactly("none", "camera_blackout", "lidar_dropout", "radar_ghosts");
        assertThat(FaultSets.specs("lidar_dropout")).containsExactly("dropout:lidar_top@0-100000");
        assertThatThrownBy(() -> FaultSets.parse("none,fog")).hasMessageContaining("unknown fault set 'fog'");
    }

    @Test
    void traceKeepsOneSamplePerPeriod() {
        RunTrace t = new RunTrace(0.1);
        for (int i = 0; i <= 100; i++) {
            t.onSample(i * 0.01, i, 0, Double.POSITIVE_INFINITY, Double.NaN, Double.POSITIVE_INFINITY);
        }
        assertThat(t.rows()).isEqualTo(11);
        assertThat(t.row(1, RunTrace.TIME)).isEqualTo(0.1, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(t.row(10, RunTrace.SPEED)).isEqualTo(100.0);
        assertThat(t.row(3, RunTrace.RSS)).isNaN();
        assertThatThrownBy(() -> t.row(11, RunTrace.TIME)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
