package io.avstack.fusion.frames;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.fusion.Fixtures;
import org.junit.jupiter.api.Test;

class EgoPoseBufferTest {

    private final EgoPoseBuffer buffer = new EgoPoseBuffer(8, 200_000_000L);
    private final EgoPose pose = new EgoPose();

    @Test
    void emptyBufferHasNoPose() {
        assertThat(buffer.poseAt(0, pose)).isFalse();
    }

    @Test
    void interpolatesBetweenStatesIncludingHeadingAcrossPi() {
        buffer.add(Fixtures.ego(0, 0, 0, Math.PI - 0.1, 10));
        buffer.add(Fixtures.ego(100_000_000L, 1, 2, -Math.PI + 0.1, 20));
        assertThat(buffer.poseAt(25_000_000L, pose)).isTrue();
        assertThat(pose.xM).isCloseTo(0.25, within(1e-12));
        assertThat(pose.yM).isCloseTo(0.5, within(1e-12));
        assertThat(pose.speedMps).isCloseTo(12.5, within(1e-12));
        // the short way round through pi, not through 0
        assertThat(Math.abs(pose.yawRad)).isCloseTo(Math.PI - 0.05, within(1e-9));
    }

    @Test
    void extrapolatesWithConstantTurnRateUpToTheLimit() {
        buffer.add(Fixtures.ego(0, 0, 0, 0, 10));
        assertThat(buffer.poseAt(100_000_000L, pose)).isTrue();
        assertThat(pose.xM).isCloseTo(1.0, within(1e-12));
        buffer.poseAt(1_000_000_000L, pose); // 1 s ahead: clamped to 0.2 s
        assertThat(pose.xM).isCloseTo(2.0, within(1e-12));
        assertThat(buffer.clampedLate()).isEqualTo(1);
    }

    @Test
    void stampsBeforeTheHistoryGetTheOldestPoseAndOldStatesAreIgnored() {
        for (int i = 0; i < 20; i++) {
            buffer.add(Fixtures.ego(i * 20_000_000L, i, 0, 0, 50));
        }
        buffer.poseAt(0, pose);
        assertThat(pose.xM).isEqualTo(12.0); // 8 kept: states 12..19
        assertThat(buffer.clampedEarly()).isEqualTo(1);
        buffer.add(Fixtures.ego(0, 99, 0, 0, 0));
        assertThat(buffer.outOfOrder()).isEqualTo(1);
        assertThat(buffer.newestStampNs()).isEqualTo(19 * 20_000_000L);
    }
}
