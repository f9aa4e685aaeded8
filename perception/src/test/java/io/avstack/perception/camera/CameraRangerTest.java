package io.avstack.perception.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.geom.CameraIntrinsics;
import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.Detection2D;
import io.avstack.core.msg.ObjectClass;
import java.util.List;
import java.util.Map;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class CameraRangerTest {

    private static final double F = 500;
    private static final double CX = 319.5;
    private static final double CY = 239.5;
    private static final double CAMERA_HEIGHT_M = 1.4;
    private final CameraIntrinsics intrinsics = CameraIntrinsics.pinhole(640, 480, F, F, CX, CY);
    private final Extrinsics mount = new Extrinsics(1.5, 0, CAMERA_HEIGHT_M, 0, 0, 0);

    /** A box (box convention: pixel edges at integers) of an object {@code heightM} tall {@code aheadM} ahead. */
    private static Detection2D box(ObjectClass cls, double aheadM, double lateralPx, double heightM) {
        double bottom = CY + F * CAMERA_HEIGHT_M / aheadM + 0.5;
        double top = CY + F * (CAMERA_HEIGHT_M - heightM) / aheadM + 0.5;
        return new Detection2D(cls, 0.9, CX + lateralPx - 10 + 0.5, top, CX + lateralPx + 10 + 0.5, bottom);
    }

    private static CameraRangeModel model(ObjectClass cls, double heightM, CameraRangeModel.Band band) {
        return new CameraRangeModel(List.of(), Map.of(cls, new CameraRangeModel.ClassCues(heightM, List.of(band))));
    }

    @Test
    void withoutCalibrationItIsTheGroundPoint() {
        Detection2D b = box(ObjectClass.CAR, 20, 40, 1.5);
        Vector3d ground = new Vector3d();
        assertThat(new GroundPlaneRanger(intrinsics, mount).position(b, ground)).isTrue();
        Vector3d p = new Vector3d();
        assertThat(new CameraRanger(intrinsics, mount, CameraRangeModel.GROUND_ONLY).position(b, 35.0, p)).isTrue();
        assertThat(p).isEqualTo(ground);
        // a class the calibration has no entry for is ranged on the ground too
        CameraRanger truckOnly = new CameraRanger(intrinsics, mount,
                model(ObjectClass.TRUCK, 3.0, new CameraRangeModel.Band(0, 0, 1, 0)));
        assertThat(truckOnly.position(b, 35.0, p.zero())).isTrue();
        assertThat(p).isEqualTo(ground);
    }

    @Test
    void theHeightCueRangesAnObjectOfTheClassHeightAlongTheBoxBearing() {
        CameraRanger r = new CameraRanger(intrinsics, mount,
                model(ObjectClass.CAR, 1.5, new CameraRangeModel.Band(0, 0, 1, 0)));
        // straight ahead: the height cue alone gives the range
        Vector3d p = new Vector3d();
        assertThat(r.position(box(ObjectClass.CAR, 20, 0, 1.5), Double.NaN, p)).isTrue();
        assertThat(r.rangeFromCamera(p)).isCloseTo(20, within(1e-6));
        // a box bottom 2 px low (the ground cue says 18.9 m) moves neither the range nor the bearing
        Detection2D b = box(ObjectClass.CAR, 20, 120, 1.5);
        Detection2D low = new Detection2D(b.cls(), b.score(), b.xMinPx(), b.yMinPx() + 2, b.xMaxPx(), b.yMaxPx() + 2);
        Vector3d ground = new Vector3d();
        new GroundPlaneRanger(intrinsics, mount).position(low, ground);
        assertThat(ground.x - 1.5).isLessThan(19.0);
        assertThat(r.position(low, Double.NaN, p)).isTrue();
        double tan = (120 + 0.5 - 0.5) / F;
        assertThat(r.rangeFromCamera(p)).isCloseTo(20 * Math.sqrt(1 + tan * tan), within(1e-6));
        assertThat(Math.atan2(p.y, p.x - 1.5)).isCloseTo(Math.atan2(ground.y, ground.x - 1.5), within(1e-12));
        assertThat(p.z).isZero();
    }

    @Test
    void aMissingCueGivesItsWeightToTheGroundCue() {
        CameraRangeModel.Band band = new CameraRangeModel.Band(0, 0.5, 0.5, 0);
        CameraRanger r = new CameraRanger(intrinsics, mount, model(ObjectClass.TRUCK, 3.0, band));
        Vector3d ground = new Vector3d();
        Vector3d p = new Vector3d();
        // cut by the image's top edge (no height cue) and no distance head: the ground point
        Detection2D cut = new Detection2D(ObjectClass.TRUCK, 0.9, 300, 0, 340, box(ObjectClass.TRUCK, 15, 0, 3).yMaxPx());
        assertThat(r.heightCuePerMetre(cut)).isNaN();
        new GroundPlaneRanger(intrinsics, mount).position(cut, ground);
        assertThat(r.position(cut, Double.NaN, p)).isTrue();
        assertThat(p.distance(ground)).isLessThan(1e-9);
        // with the head: half ground, half head, in logs
        assertThat(r.position(cut, 60.0, p)).isTrue();
        assertThat(r.rangeFromCamera(p)).isCloseTo(Math.sqrt(r.rangeFromCamera(ground) * 60.0), within(1e-9));
    }

    @Test
    void theBandsWeightedGeometricMeanLessItsBias() {
        CameraRangeModel.Band band = new CameraRangeModel.Band(0.5, 0.25, 0.25, Math.log(2));
        assertThat(CameraRanger.combine(band, 20, 80, 20)).isCloseTo(Math.sqrt(20 * Math.sqrt(80 * 20)) / 2,
                within(1e-9));
        assertThat(CameraRanger.combine(CameraRangeModel.Band.GROUND, 20, 80, 5)).isCloseTo(20, within(1e-12));
    }

    @Test
    void theBandFollowsTheGroundCuesRange() {
        CameraRangeModel.Band near = new CameraRangeModel.Band(1, 0, 0, 0);
        CameraRangeModel.Band far = new CameraRangeModel.Band(0, 0, 1, 0);
        CameraRangeModel m = new CameraRangeModel(List.of(30.0),
                Map.of(ObjectClass.CAR, new CameraRangeModel.ClassCues(1.5, List.of(near, far))));
        assertThat(m.band(29.9)).isZero();
        assertThat(m.band(30.0)).isEqualTo(1);
        CameraRanger r = new CameraRanger(intrinsics, mount, m);
        Vector3d p = new Vector3d();
        // a 1.5 m object whose box says 1.0 m at 20 m (ground: 20 m) stays on the ground cue; at 40 m it takes the height's
        r.position(box(ObjectClass.CAR, 20, 0, 1.0), Double.NaN, p);
        assertThat(r.rangeFromCamera(p)).isCloseTo(20, within(1e-6));
        r.position(box(ObjectClass.CAR, 40, 0, 1.0), Double.NaN, p);
        assertThat(r.rangeFromCamera(p)).isCloseTo(60, within(1e-6));
    }
}
