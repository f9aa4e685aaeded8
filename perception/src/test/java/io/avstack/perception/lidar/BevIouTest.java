package io.avstack.perception.lidar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.ObjectClass;
import org.junit.jupiter.api.Test;

class BevIouTest {

    private static BevBox box(double x, double y, double l, double w, double yaw) {
        return new BevBox(ObjectClass.CAR, x, y, l, w, 1.5, yaw);
    }

    @Test
    void identicalBoxesHaveIouOneWhateverTheYaw() {
        assertThat(box(3, 4, 4, 2, 0.7).iou(box(3, 4, 4, 2, 0.7))).isCloseTo(1, within(1e-9));
        assertThat(box(3, 4, 4, 2, 0.7).iou(box(3, 4, 4, 2, 0.7 + Math.PI))).as("turned by pi").isCloseTo(1, within(1e-9));
    }

    @Test
    void axisAlignedOverlapMatchesTheHandComputedValue() {
        // 4x2 boxes shifted by 2 m along x: intersection 2x2 = 4, union 8 + 8 - 4 = 12
        assertThat(box(0, 0, 4, 2, 0).iou(box(2, 0, 4, 2, 0))).isCloseTo(4.0 / 12, within(1e-9));
    }

    @Test
    void aCrossOfTwoRectanglesHasItsCentralSquareAsIntersection() {
        assertThat(box(0, 0, 4, 2, 0).iou(box(0, 0, 4, 2, Math.PI / 2))).isCloseTo(4.0 / 12, within(1e-9));
    }

    @Test
    void aSquareTurnedByFortyFiveDegreesInsideItselfGivesTheOctagon() {
        // unit square and the same turned by 45 deg: intersection is a regular octagon of area 2(sqrt2 - 1)
        double inter = 2 * (Math.sqrt(2) - 1);
        assertThat(box(0, 0, 1, 1, 0).iou(box(0, 0, 1, 1, Math.PI / 4))).isCloseTo(inter / (2 - inter), within(1e-9));
    }

    @Test
    void disjointBoxesHaveIouZero() {
        assertThat(box(0, 0, 4, 2, 0).iou(box(10, 0, 4, 2, 0.3))).isZero();
        assertThat(box(0, 0, 4, 2, 0).iou(box(0, 2.01, 4, 2, 0))).isZero();
    }

    @Test
    void containsUsesTheBoxFrameAndTheMargin() {
        BevBox b = box(10, 0, 4, 2, Math.PI / 2); // length along y
        assertThat(b.contains(10, 1.9, 0)).isTrue();
        assertThat(b.contains(11.5, 0, 0)).isFalse();
        assertThat(b.contains(11.5, 0, 0.6)).isTrue();
    }
}
