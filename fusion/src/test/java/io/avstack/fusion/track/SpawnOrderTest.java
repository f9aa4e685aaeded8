package io.avstack.fusion.track;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.msg.ObjectClass;
import io.avstack.fusion.Fixtures;
import io.avstack.fusion.config.FusionConfig;
import org.junit.jupiter.api.Test;

/** Unassigned measurements start tracks nearest first, confident ones before weak ones. */
class SpawnOrderTest {

    private final FusionConfig config = Fixtures.config();

    @Test
    void confidentDetectionsComeNearestFirstAndWeakOnesAfterThem() {
        MeasurementBatch b = Fixtures.lidarBatch(config, 0);
        Fixtures.addBox(b, ObjectClass.CAR, 40, 0, 0.1);
        Measurement weakNear = Fixtures.addBox(b, ObjectClass.CAR, 10, 0, 0.1);
        weakNear.weak = true;
        Fixtures.addBox(b, ObjectClass.CAR, 20, 0, 0.1);
        Measurement weakFar = Fixtures.addBox(b, ObjectClass.CAR, 30, 0, 0.1);
        weakFar.weak = true;
        int[] order = new SpawnOrder().of(b);
        assertThat(java.util.Arrays.copyOf(order, b.size())).containsExactly(2, 0, 1, 3);
    }
}
