package io.avstack.sim.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Pose;
import org.junit.jupiter.api.Test;

class EgoStateSensorTest {

    private static final EgoTruth TRUTH = new EgoTruth(2_000_000_000L, new Pose(10, 20, 0, 0, 0, 0.5), 12.0, 0.1,
            -0.5, 0.05);

    @Test
    void zeroNoiseReportsTheTruthWithHeaderAndSequence() {
        EgoStateSensor sensor = new EgoStateSensor(new EgoStateParams("map", 0, 0, 0, 0, 0, 0, 100), 1);

        EgoState first = sensor.measure(TRUTH);
        EgoState second = sensor.measure(TRUTH);

        assertThat(first.pose()).isEqualTo(TRUTH.pose());
        assertThat(first.speedMps()).isEqualTo(12.0);
        assertThat(first.yawRateRadps()).isEqualTo(0.1);
        assertThat(first.accelMps2()).isEqualTo(-0.5);
        assertThat(first.steeringRad()).isEqualTo(0.05);
        assertThat(first.header().frameId()).isEqualTo("map");
        assertThat(first.header().stampNs()).isEqualTo(2_000_000_000L);
        assertThat(first.header().seq()).isZero();
        assertThat(second.header().seq()).isEqualTo(1);
        assertThat(sensor.periodNs()).isEqualTo(10_000_000L);
    }

    @Test
    void noiseIsWhiteWithTheConfiguredSigmaAndSeeded() {
        EgoStateParams params = new EgoStateParams("map", 0.1, 0.01, 0.2, 0.02, 0.3, 0.004, 50);
        EgoStateSensor sensor = new EgoStateSensor(params, 7);
        int n = 4000;
        double sumX = 0;
        double sumSqX = 0;
        double sumSqSpeed = 0;
        double lagProduct = 0;
        double previous = 0;
        for (int i = 0; i < n; i++) {
            EgoTruth t = new EgoTruth(i * 20_000_000L, TRUTH.pose(), 12.0, 0.1, -0.5, 0.05);
            EgoState s = sensor.measure(t);
            double ex = s.pose().xM() - 10;
            sumX += ex;
            sumSqX += ex * ex;
            sumSqSpeed += (s.speedMps() - 12) * (s.speedMps() - 12);
            lagProduct += ex * previous;
            previous = ex;
        }
        assertThat(sumX / n).isCloseTo(0, within(0.01));
        assertThat(Math.sqrt(sumSqX / n)).isCloseTo(0.1, within(0.01));
        assertThat(Math.sqrt(sumSqSpeed / n)).isCloseTo(0.2, within(0.02));
        // white: no correlation between consecutive messages (no drift)
        assertThat(lagProduct / sumSqX).isCloseTo(0, within(0.06));

        assertThat(new EgoStateSensor(params, 3).measure(TRUTH)).isEqualTo(new EgoStateSensor(params, 3).measure(TRUTH));
        assertThat(new EgoStateSensor(params, 3).measure(TRUTH)).isNotEqualTo(new EgoStateSensor(params, 4).measure(TRUTH));
    }
}
