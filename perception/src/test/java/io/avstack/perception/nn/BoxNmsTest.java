package io.avstack.perception.nn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BoxNmsTest {

    @Test
    void iouOfHandMadeBoxes() {
        assertThat(BoxNms.iou(0, 0, 10, 10, 0, 0, 10, 10)).isEqualTo(1.0);
        assertThat(BoxNms.iou(0, 0, 10, 10, 5, 0, 15, 10)).isCloseTo(50.0 / 150.0, within(1e-12));
        assertThat(BoxNms.iou(0, 0, 10, 10, 10, 0, 20, 10)).isZero();
    }

    @Test
    void removesLowerScoringDuplicatesOfTheSameClassOnly() {
        double[] boxes = {
            0, 0, 10, 10,   // 0: class 0, 0.8
            1, 0, 11, 10,   // 1: duplicate of 0, class 0, 0.9 -> keeps, suppresses 0
            1, 0, 11, 10,   // 2: same box, class 1 -> kept
            50, 50, 60, 60, // 3: class 0 far away -> kept
        };
        boolean[] keep = BoxNms.suppress(boxes, new double[] {0.8, 0.9, 0.5, 0.3}, new int[] {0, 0, 1, 0}, 4, 0.5);
        assertThat(keep).containsExactly(false, true, true, true);
    }
}
