package io.avstack.perception.lidar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.ObjectClass;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PointAugmenterTest {

    private final BevBox car = new BevBox(ObjectClass.CAR, 10, 3, 4.5, 1.8, 1.5, 0.3);

    @Test
    void boxesFollowTheMirrorAndTheRotationOfThePoints() {
        BevBox moved = PointAugmenter.transform(car, true, Math.cos(0.1), Math.sin(0.1), 0.1);
        // mirror: (10, -3), yaw -0.3; then turn by 0.1 about the origin
        assertThat(moved.xM()).isCloseTo(10 * Math.cos(0.1) + 3 * Math.sin(0.1), within(1e-9));
        assertThat(moved.yM()).isCloseTo(10 * Math.sin(0.1) - 3 * Math.cos(0.1), within(1e-9));
        assertThat(moved.yawRad()).isCloseTo(-0.2, within(1e-9));
        assertThat(moved.lengthM()).isEqualTo(4.5);
    }

    @Test
    void pointsOnABoxStayOnTheAugmentedBox() {
        LidarSample s = LidarTestData.scene(new BevGrid(0, 16, -8, 8, 0.4, -0.5, 4.5), List.of(car),
                new SplittableRandom(2));
        SplittableRandom rng = new SplittableRandom(11);
        for (int trial = 0; trial < 5; trial++) {
            LidarSample a = new PointAugmenter(false).apply(s, rng);
            BevBox b = a.boxes().get(0);
            int onBox = 0;
            int inside = 0;
            for (int p = 0; p < a.points(); p++) {
                if (a.xyzi()[4 * p + 2] > 0.15) {
                    onBox++;
                    inside += b.contains(a.xyzi()[4 * p], a.xyzi()[4 * p + 1], 0.15) ? 1 : 0;
                }
            }
            assertThat(a.points()).isLessThanOrEqualTo(s.points()).isGreaterThan((int) (0.75 * s.points()));
            assertThat(onBox).isPositive();
            assertThat(inside).as("trial %d", trial).isEqualTo(onBox);
        }
    }

    @Test
    void theSameGeneratorStateGivesTheSameSample() {
        LidarSample s = LidarTestData.scene(new BevGrid(0, 16, -8, 8, 0.4, -0.5, 4.5), List.of(car),
                new SplittableRandom(2));
        LidarSample a = new PointAugmenter(true).apply(s, new SplittableRandom(5));
        LidarSample b = new PointAugmenter(true).apply(s, new SplittableRandom(5));
        assertThat(a.points()).isEqualTo(b.points());
        assertThat(a.xyzi()).isEqualTo(b.xyzi());
        assertThat(a.boxes()).isEqualTo(b.boxes());
    }

    @Test
    void shiftMovesPointsAndBoxesSideways() {
        LidarSample s = new LidarSample(new float[] {1, 2, 3, 0.5f, 4, -1, 0, 0.1f}, 2, List.of(car));
        LidarSample moved = PointAugmenter.shiftY(s, 1.5);
        assertThat(moved.xyzi()).containsExactly(1, 0.5f, 3, 0.5f, 4, -2.5f, 0, 0.1f);
        assertThat(moved.boxes().get(0).yM()).isEqualTo(1.5);
        assertThat(moved.boxes().get(0).xM()).isEqualTo(10);
        assertThat(s.xyzi()[1]).as("input untouched").isEqualTo(2);
    }
}
