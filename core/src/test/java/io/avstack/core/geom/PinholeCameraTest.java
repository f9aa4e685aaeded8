package io.avstack.core.geom;

import static io.avstack.core.geom.GeomAssertions.assertPixel;
import static io.avstack.core.geom.GeomAssertions.assertVector;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.joml.Vector2d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class PinholeCameraTest {

    private static final CameraIntrinsics IDEAL = CameraIntrinsics.pinhole(1280, 720, 1000, 900, 639.5, 359.5);
    /** Moderate barrel distortion, typical of an automotive wide-angle lens. */
    private static final CameraIntrinsics DISTORTED =
            new CameraIntrinsics(1280, 720, 800, 800, 640, 360, -0.3, 0.08, 0.001, -0.0005, -0.01);

    private final PinholeCamera ideal = new PinholeCamera(IDEAL);
    private final PinholeCamera distorted = new PinholeCamera(DISTORTED);

    @Test
    void pointOnOpticalAxisProjectsToPrincipalPoint() {
        Vector2d px = new Vector2d();

        assertThat(ideal.project(0, 0, 5, px)).isTrue();
        assertPixel(px, 639.5, 359.5, 1e-12);
        assertThat(distorted.project(new Vector3d(0, 0, 42), px)).isTrue();
        assertPixel(px, 640, 360, 1e-12);
    }

    @Test
    void offAxisPointScalesByFocalLengthOverDepth() {
        Vector2d px = new Vector2d();

        assertThat(ideal.project(1, -0.5, 10, px)).isTrue();

        // u = cx + fx x/z, v = cy + fy y/z; y is down, so negative y is above the centre
        assertPixel(px, 639.5 + 1000 * 0.1, 359.5 - 900 * 0.05, 1e-12);
    }

    @Test
    void radialDistortionMatchesTheModel() {
        CameraIntrinsics k1Only = new CameraIntrinsics(1280, 720, 1000, 1000, 640, 360, -0.2, 0, 0, 0, 0);
        Vector2d px = new Vector2d();

        assertThat(new PinholeCamera(k1Only).project(0.3, 0, 1, px)).isTrue();

        assertPixel(px, 640 + 1000 * 0.3 * (1 - 0.2 * 0.09), 360, 1e-9);
    }

    @Test
    void pointsBehindOrOnTheCameraPlaneAreRejectedAndDestUntouched() {
        Vector2d px = new Vector2d(-7, -7);

        assertThat(ideal.project(0, 0, -1, px)).isFalse();
        assertThat(ideal.project(0, 0, 0, px)).isFalse();
        assertThat(ideal.project(0, 0, Double.NaN, px)).isFalse();
        assertThat(distorted.project(0.1, 0.1, -3, px)).isFalse();
        assertThat(px).isEqualTo(new Vector2d(-7, -7));
    }

    @Test
    void pointsOutsideTheImageAreRejected() {
        Vector2d px = new Vector2d();

        assertThat(ideal.project(1, 0, 1, px)).as("45 degrees right, beyond the ~65 degree FOV").isFalse();
        assertThat(ideal.project(0, 0.5, 1, px)).as("below the image").isFalse();
    }

    @Test
    void imageEdgesFollowThePixelCentreConvention() {
        assertThat(ideal.isInside(-0.5, -0.5)).isTrue();
        assertThat(ideal.isInside(1279.4999, 719.4999)).isTrue();
        assertThat(ideal.isInside(1279.5, 100)).isFalse();
        assertThat(ideal.isInside(100, 719.5)).isFalse();
        assertThat(ideal.isInside(-0.5001, 100)).isFalse();
    }

    @Test
    void raysFarOutsideTheLensModelDoNotFoldBackIntoTheImage() {
        // With k1 = -0.25 the polynomial r (1 + k1 r^2) maps a ray at normalised radius 2 (63 degrees
        // off axis, far outside this camera's view) onto the principal point.
        PinholeCamera strong = new PinholeCamera(
                new CameraIntrinsics(1280, 720, 1000, 1000, 640, 360, -0.25, 0, 0, 0, 0));
        Vector2d px = new Vector2d();

        assertThat(strong.project(2, 0, 1, px)).isFalse();
        assertThat(strong.project(0.6, 0.3, 1, px)).as("a ray near the corner is still imaged").isTrue();
    }

    @Test
    void backProjectionUsesDepthAlongTheOpticalAxis() {
        Vector3d p = ideal.backProject(639.5 + 100, 359.5 - 45, 10, new Vector3d());

        assertVector(p, 1, -0.5, 10, 1e-12);
    }

    @Property(seed = "20261123") // fixed: tests are deterministic
    void backProjectionThenProjectionReturnsThePixel(
            // strictly inside: exactly on the -0.5 edge, round-off may land a hair outside
            @ForAll @DoubleRange(min = -0.49, max = 1279.49) double uPx,
            @ForAll @DoubleRange(min = -0.49, max = 719.49) double vPx,
            @ForAll @DoubleRange(min = 0.5, max = 200) double depthM) {
        Vector3d p = new Vector3d();
        Vector2d px = new Vector2d();

        assertThat(ideal.project(ideal.backProject(uPx, vPx, depthM, p), px)).isTrue();
        assertPixel(px, uPx, vPx, 1e-9);
        assertThat(p.z).isEqualTo(depthM);

        assertThat(distorted.project(distorted.backProject(uPx, vPx, depthM, p), px)).isTrue();
        assertPixel(px, uPx, vPx, 1e-6);
    }

    @Test
    void opticalAxesSwapMatchesTheDocumentedConvention() {
        Vector3d v = new Vector3d();

        assertVector(OpticalAxes.bodyToOptical(new Vector3d(1, 0, 0), v), 0, 0, 1, 0);  // forward -> +z
        assertVector(OpticalAxes.bodyToOptical(new Vector3d(0, 1, 0), v), -1, 0, 0, 0); // left -> -x
        assertVector(OpticalAxes.bodyToOptical(new Vector3d(0, 0, 1), v), 0, -1, 0, 0); // up -> -y
        assertVector(OpticalAxes.opticalToBody(OpticalAxes.bodyToOptical(new Vector3d(1, 2, 3), v), v), 1, 2, 3, 0);

        RigidTransform bodyToOptical = OpticalAxes.bodyToOptical(new RigidTransform());
        assertVector(bodyToOptical.transformPoint(1, 2, 3, new Vector3d()), -2, -3, 1, 0);
        RigidTransform opticalToBody = OpticalAxes.opticalToBody(new RigidTransform());
        assertVector(opticalToBody.transformPoint(-2, -3, 1, new Vector3d()), 1, 2, 3, 1e-15);
    }
}
