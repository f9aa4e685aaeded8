package io.avstack.system.regress;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.vehicle.regress.RegressionRunner;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegressionSchedulingTest {

    @Test
    void runsStartCostliestFirstWithTiesInInputOrder() {
        List<Double> durationsS = List.of(10.0, 45.0, 10.0, 60.0, 45.0);
        assertThat(RegressionRunner.startOrder(durationsS, d -> d)).containsExactly(3, 1, 4, 0, 2);
        assertThat(RegressionRunner.startOrder(List.<Double>of(), d -> d)).isEmpty();
    }
}
