package io.avstack.sim.sensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SensorRandomTest {

    @Test
    void counterBitsEqualTheSequentialStream() {
        SensorRandom r = new SensorRandom(0);
        r.reseed(42, 1_000L);
        long key = SensorRandom.streamKey(42, 1_000L);
        for (int i = 0; i < 5; i++) {
            assertThat(SensorRandom.counterBits(key, i)).isEqualTo(r.nextLong());
        }
    }

    @Test
    void gaussianTableHasUnitVarianceAndZeroMean() {
        SensorRandom r = new SensorRandom(3);
        int n = 200_000;
        double sum = 0;
        double sumSq = 0;
        int beyondTwoSigma = 0;
        for (int i = 0; i < n; i++) {
            double g = r.nextGaussian();
            sum += g;
            sumSq += g * g;
            beyondTwoSigma += Math.abs(g) > 2 ? 1 : 0;
        }
        assertThat(sum / n).isCloseTo(0, within(0.01));
        assertThat(sumSq / n).isCloseTo(1, within(0.02));
        assertThat((double) beyondTwoSigma / n).isCloseTo(0.0455, within(0.003));
        assertThat(SensorRandom.inverseNormalCdf(0.975)).isCloseTo(1.959964, within(1e-6));
    }

    @Test
    void poissonMeanMatchesForSmallAndLargeRates() {
        SensorRandom r = new SensorRandom(9);
        for (double mean : new double[] {0.5, 3.0, 50.0}) {
            long total = 0;
            for (int i = 0; i < 20_000; i++) {
                total += r.nextPoisson(mean);
            }
            assertThat(total / 20_000.0).isCloseTo(mean, within(0.03 * mean + 0.02));
        }
        assertThat(r.nextPoisson(0)).isZero();
    }

    @Test
    void lowBitsThresholdGivesTheProbability() {
        SensorRandom r = new SensorRandom(5);
        long threshold = SensorRandom.lowBitsThreshold(0.25);
        int below = 0;
        for (int i = 0; i < 100_000; i++) {
            below += SensorRandom.lowBitsBelow(r.nextLong(), threshold) ? 1 : 0;
        }
        assertThat(below / 100_000.0).isCloseTo(0.25, within(0.01));
        assertThat(SensorRandom.lowBitsBelow(0xFFFF_FFFFL, SensorRandom.lowBitsThreshold(1.0))).isTrue();
        assertThat(SensorRandom.lowBitsBelow(0L, SensorRandom.lowBitsThreshold(0.0))).isFalse();
    }

    @Test
    void sensorSeedsDifferBySensorAndRun() {
        assertThat(SensorRandom.sensorSeed(1, "lidar_top")).isEqualTo(SensorRandom.sensorSeed(1, "lidar_top"))
                .isNotEqualTo(SensorRandom.sensorSeed(1, "radar_front"))
                .isNotEqualTo(SensorRandom.sensorSeed(2, "lidar_top"));
    }
}
