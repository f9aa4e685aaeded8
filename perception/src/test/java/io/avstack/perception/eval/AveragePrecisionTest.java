package io.avstack.perception.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AveragePrecisionTest {

    @Test
    void handComputedCurve() {
        AveragePrecision ap = new AveragePrecision();
        ap.addPositives(2);
        ap.add(0.5, true);
        ap.add(0.9, true);
        ap.add(0.7, false);
        // ranked TP, FP, TP: (p, r) = (1, .5), (.5, .5), (.67, 1) -> envelope 1 up to r .5, .67 after
        assertThat(ap.value()).isCloseTo(0.5 * 1 + 0.5 * 2.0 / 3, within(1e-12));
    }

    @Test
    void noGroundTruthIsNaNAndNoDetectionsIsZero() {
        assertThat(new AveragePrecision().value()).isNaN();
        AveragePrecision ap = new AveragePrecision();
        ap.addPositives(3);
        assertThat(ap.value()).isZero();
    }

    @Test
    void growsPastItsInitialCapacity() {
        AveragePrecision ap = new AveragePrecision();
        ap.addPositives(100);
        for (int i = 0; i < 100; i++) {
            ap.add(1.0 - i * 0.001, true);
        }
        assertThat(ap.value()).isCloseTo(1, within(1e-12));
    }
}
