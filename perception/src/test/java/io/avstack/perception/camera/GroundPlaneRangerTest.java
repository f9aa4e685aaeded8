package io.avstack.perception.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.geom.CameraIntrinsics;
import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.Detection2D;
import io.avstack.core.msg.ObjectClass;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class GroundPlaneRangerTest {

    private static final double F = 500;
    private static final double CX = 319.5;
    private static final double CY = 239.5;
    private final CameraIntrinsics intrinsics = CameraIntrinsics.pinhole(640, 480, F, F, CX, CY);

    @Test
    void levelCameraRangesAGroundPixelToTheKnownPoint() {
        GroundPlaneRanger r = new GroundPlaneRanger(intrinsics, new Extrinsics(1.5, 0.2, 1.4, 0, 0, 0));
        // Ground point 10 m ahead of the camera and 2.4 m to its right: optical (2.4, 1.4, 10).
        double u = CX + F * 2.4 / 10;
        double v = CY + F * 1.4 / 10;
        Vector3d p = new Vector3d();
        assertThat(r.groundPoint(u, v, p)).isTrue();
        assertThat(p.x).isCloseTo(11.5, within(11.5 * 0.01));
        assertThat(p.y).isCloseTo(-2.2, within(0.022));
        assertThat(p.z).isZero();
    }

    @Test
    void pitchedDownCameraMatchesHandGeometryWithinOnePercent() {
        double pitch = 0.05;
        double height = 1.4;
        double ahead = 20;
        GroundPlaneRanger r = new GroundPlaneRanger(intrinsics, new Extrinsics(1.5, 0, height, 0, pitch, 0));
        // The point is atan(h/d) below the horizon, i.e. atan(h/d) - pitch below the optical axis.
        double v = CY + F * Math.tan(Math.atan(height / ahead) - pitch);
        Detection2D box = new Detection2D(ObjectClass.CAR, 0.9, CX - 40, v - 60, CX + 40, v);
        Vector3d p = new Vector3d();
        assertThat(r.position(box, p)).isTrue();
        assertThat(p.x).isCloseTo(1.5 + ahead, within((1.5 + ahead) * 0.01));
        assertThat(p.y).isCloseTo(0, within(0.01));
    }

    @Test
    void pixelsAtOrAboveTheHorizonHaveNoGroundPoint() {
        GroundPlaneRanger r = new GroundPlaneRanger(intrinsics, new Extrinsics(1.5, 0, 1.4, 0, 0, 0));
        Vector3d p = new Vector3d(7, 7, 7);
        assertThat(r.groundPoint(CX, CY, p)).isFalse();
        assertThat(r.groundPoint(CX, 10, p)).isFalse();
        assertThat(p).isEqualTo(new Vector3d(7, 7, 7));
    }
}
