package io.avstack.system.sim;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.RunMetrics;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Prints the headless realtime factor of the 10-actor scenario (docs/METRICS.md cites it). A
 * measurement to read in the test output, never asserted: no wall-clock assertions.
 */
class SimRealtimeFactorTest {

    @Test
    void headlessRealtimeFactorOfTheTenActorScenario() {
        // best of two after a warm-up: the build machine is shared, single runs are noisy
        RunMetrics truth = null;
        RunMetrics full = null;
        for (int i = 0; i < 3; i++) {
            RunMetrics t = LockstepRunner.builder(TenActorScenario.setup(1)).build().run();
            RunMetrics f = SimDeterminismTest.withLidarAndRadar(1, 60).build().run();
            if (i > 0 && (truth == null || t.wallTimeS() < truth.wallTimeS())) {
                truth = t;
            }
            if (i > 0 && (full == null || f.wallTimeS() < full.wallTimeS())) {
                full = f;
            }
        }
        System.out.printf(Locale.ROOT, "headless realtime factor, 10 actors, 60 s, one thread: ground truth + ego"
                + " state only %.0fx; with lidar (10 Hz) + radar: %.0fx (%.3f s wall)%n", truth.realtimeFactor(),
                full.realtimeFactor(), full.wallTimeS());
        assertThat(full.simTimeS()).isEqualTo(truth.simTimeS()).isEqualTo(60.0);
    }
}
