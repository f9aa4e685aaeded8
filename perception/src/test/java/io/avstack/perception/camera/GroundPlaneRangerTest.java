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
        // Box coordinates put pixel edges at integers: the ray through v is box coordinate v + 0.5.
        Detection2D box = new Detection2D(ObjectClass.CAR, 0.9, CX + 0.5 - 40, v + 0.5 - 60, CX + 0.5 + 40, v + 0.5);
        Vector3d p = new Vector3d();
        assertThat(r.position(box, p)).isTrue();
        assertThat(p.x).isCloseTo(1.5 + ahead, within((1.5 + ahead) * 0.01));
        assertThat(p.y).isCloseTo(0, within(0.01));
    }

    /**
     * Known answer through the renderer's rasterisation rule: a row is covered when its pixel centre
     * (integer v) is at or above the contact line v_c, so the last covered row is floor(v_c) and the
     * box bottom (pixel edges at integers) is floor(v_c) + 1. Over many distances the half-pixel
     * quantisation averages out and the mean range error must vanish; reading the box bottom as a
     * pixel centre (the old convention) gave -2.7 % here.
     */
    @Test
    void rasterisedBoxBottomsRangeWithoutBiasAt30To50M() {
        double pitch = 0.03;
        double height = 1.4;
        GroundPlaneRanger r = new GroundPlaneRanger(intrinsics, new Extrinsics(1.5, 0, height, 0, pitch, 0));
        Vector3d p = new Vector3d();
        double sumRel = 0;
        int n = 0;
        for (double ahead = 30; ahead < 50; ahead += 0.0173) {
            double vContact = CY + F * Math.tan(Math.atan(height / ahead) - pitch);
            double yMaxBox = Math.floor(vContact) + 1;
            Detection2D box = new Detection2D(ObjectClass.PEDESTRIAN, 0.9, 300, yMaxBox - 20, 340, yMaxBox);
            assertThat(r.position(box, p)).isTrue();
            double rel = (p.x - 1.5 - ahead) / ahead;
            // Quantisation alone: at most half a pixel either way, ~3.5 % at 50 m.
            assertThat(Math.abs(rel)).isLessThan(0.04);
            sumRel += rel;
            n++;
        }
        assertThat(sumRel / n).isCloseTo(0, within(0.003));
    }

    @Test
    void boxCentreColumnIsReadInTheIntrinsicsConvention() {
        GroundPlaneRanger r = new GroundPlaneRanger(intrinsics, new Extrinsics(0, 0, 1.4, 0, 0, 0));
        // A box spanning columns 0..639 (box x 0..640) is centred on the optical axis: straight ahead.
        Detection2D box = new Detection2D(ObjectClass.CAR, 0.9, 0, 200, 640, CY + 0.5 + F * 1.4 / 25);
        Vector3d p = new Vector3d();
        assertThat(r.position(box, p)).isTrue();
        assertThat(p.x).isCloseTo(25, within(1e-9));
        assertThat(p.y).isCloseTo(0, within(1e-12));
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
