package io.avstack.perception.radar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ClusterShapeTest {

    private final ClusterShape shape = new ClusterShape();

    private void fit(double[] xs, double[] ys) {
        int[] members = new int[xs.length];
        for (int i = 0; i < members.length; i++) {
            members[i] = members.length - 1 - i; // order must not matter
        }
        shape.fit(xs, ys, members, 0, members.length);
    }

    @Test
    void rotatedRectangleCornersGiveItsBox() {
        double yaw = Math.toRadians(30);
        double c = Math.cos(yaw);
        double s = Math.sin(yaw);
        double[][] local = {{-2.25, -0.9}, {2.25, -0.9}, {2.25, 0.9}, {-2.25, 0.9}, {0.3, 0.1}, {-1, -0.5}};
        double[] xs = new double[local.length];
        double[] ys = new double[local.length];
        for (int i = 0; i < local.length; i++) {
            xs[i] = 20 + c * local[i][0] - s * local[i][1];
            ys[i] = 5 + s * local[i][0] + c * local[i][1];
        }

        fit(xs, ys);

        assertThat(shape.lengthM).isCloseTo(4.5, within(1e-9));
        assertThat(shape.widthM).isCloseTo(1.8, within(1e-9));
        assertThat(shape.yawRad).isCloseTo(yaw, within(1e-9));
        assertThat(shape.boxXM).isCloseTo(20, within(1e-9));
        assertThat(shape.boxYM).isCloseTo(5, within(1e-9));
    }

    @Test
    void lShapeOfThreeCornerReturnsSpansTheCarSides() {
        // the rear face and left side of a car seen from behind-right: nearest corner plus two outline corners
        fit(new double[] {10, 10, 14.5}, new double[] {0, 1.8, 1.8});

        assertThat(shape.lengthM).isCloseTo(4.5, within(1e-9));
        assertThat(shape.widthM).isCloseTo(1.8, within(1e-9));
        assertThat(shape.yawRad).isCloseTo(0, within(1e-9));
    }

    @Test
    void collinearPointsGiveAZeroWidthBoxAlongTheirLine() {
        fit(new double[] {10, 11, 12}, new double[] {0, 1, 2});

        assertThat(shape.lengthM).isCloseTo(Math.sqrt(8), within(1e-9));
        assertThat(shape.widthM).isCloseTo(0, within(1e-9));
        assertThat(shape.yawRad).isCloseTo(Math.PI / 4, within(1e-9));
    }

    @Test
    void onePointOrRepeatedPointsGiveAnEmptyBoxAlongTheLineOfSight() {
        fit(new double[] {-10, -10}, new double[] {10, 10});

        assertThat(shape.lengthM).isZero();
        assertThat(shape.widthM).isZero();
        assertThat(shape.boxXM).isEqualTo(-10);
        assertThat(shape.yawRad).isCloseTo(-Math.PI / 4, within(1e-9)); // 135 deg folded to -45 deg
    }
}
