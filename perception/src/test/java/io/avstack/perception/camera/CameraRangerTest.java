package io.avstack.perception.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.geom.CameraIntrinsics;
import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.Detection2D;
import io.avstack.core.msg.ObjectClass;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class CameraRangerTest {

    private static final double F = 500;
    private final CameraIntrinsics intrinsics = CameraIntrinsics.pinhole(640, 480, F, F, 319.5, 239.5);
    private final CameraRanger ranger = new CameraRanger(intrinsics, new Extrinsics(1.5, 0, 1.4, 0, 0, 0));

    /** A box whose bottom centre is the ground point 20 m straight ahead of the level camera. */
    private static CameraDetection at20m(double networkRangeM) {
        double v = 239.5 + F * 1.4 / 20;
        return new CameraDetection(new Detection2D(ObjectClass.CAR, 0.9, 300, v - 30, 339, v), networkRangeM);
    }

    @Test
    void rangeIsALogSpaceMeanWeightedTowardsTheGroundAtShortRange() {
        assertThat(ranger.rangeM(at20m(20))).isCloseTo(20, within(1e-6));
        // r_g = 20 m: ground weight 1 / (1 + (20 / 50)^2) = 0.862.
        double w = 1 / (1 + Math.pow(20 / CameraRanger.CROSSOVER_RANGE_M, 2));
        double expected = Math.exp(w * Math.log(20) + (1 - w) * Math.log(45));
        assertThat(ranger.rangeM(at20m(45))).isCloseTo(expected, within(1e-6)).isBetween(20.0, 25.0);
        Vector3d p = new Vector3d();
        assertThat(ranger.position(at20m(45), p)).isTrue();
        assertThat(p.x).isCloseTo(1.5 + expected, within(1e-6)); // along the ground ray, from the camera
        assertThat(p.y).isCloseTo(0, within(1e-6));
        assertThat(p.z).isZero();
        // At the crossover range both weigh the same: the geometric mean.
        assertThat(CameraRanger.fuse(50, 72)).isCloseTo(60, within(1e-6));
    }

    @Test
    void unusableNetworkRangeFallsBackToTheGroundRange() {
        assertThat(ranger.rangeM(at20m(Double.NaN))).isCloseTo(20, within(1e-6));
        assertThat(ranger.rangeM(at20m(0))).isCloseTo(20, within(1e-6));
        assertThat(ranger.rangeM(at20m(Double.POSITIVE_INFINITY))).isCloseTo(20, within(1e-6));
    }

    @Test
    void boxBottomAboveTheHorizonHasNoPosition() {
        CameraDetection sky = new CameraDetection(new Detection2D(ObjectClass.CAR, 0.9, 300, 100, 340, 200), 30);
        Vector3d p = new Vector3d(7, 7, 7);
        assertThat(ranger.position(sky, p)).isFalse();
        assertThat(p).isEqualTo(new Vector3d(7, 7, 7));
        assertThat(ranger.rangeM(sky)).isNaN();
    }
}
