package io.avstack.sim.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrientedBoxTest {

    @Test
    void alignedBoxesOverlapExactlyWhenTheirExtentsDo() {
        assertThat(OrientedBox.overlap(0, 0, 0, 4, 2, 3.9, 0, 0, 4, 2)).isTrue();
        assertThat(OrientedBox.overlap(0, 0, 0, 4, 2, 4.1, 0, 0, 4, 2)).isFalse();
        assertThat(OrientedBox.overlap(0, 0, 0, 4, 2, 0, 1.9, 0, 4, 2)).isTrue();
        assertThat(OrientedBox.overlap(0, 0, 0, 4, 2, 0, 2.1, 0, 4, 2)).isFalse();
    }

    @Test
    void rotatedBoxIsSeparatedOnItsOwnAxis() {
        // B at 45 degrees off A's corner: the projections on A's x and y axes overlap, only B's
        // length axis separates them (centre distance 2.475 > 1 + 1.414).
        double r = Math.PI / 4;
        assertThat(OrientedBox.overlap(0, 0, 0, 2, 2, 1.75, 1.75, r, 2, 0.5)).isFalse();
        assertThat(OrientedBox.overlap(0, 0, 0, 2, 2, 1.5, 1.5, r, 2, 0.5)).isTrue();
        // crossing at right angles, centre of B inside A
        assertThat(OrientedBox.overlap(0, 0, 0, 4.6, 1.85, 0.5, 0.5, Math.PI / 2, 0.5, 0.6)).isTrue();
    }
}
