package io.avstack.core.geom;

import static io.avstack.core.geom.GeomAssertions.assertVector;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.Pose;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;
import org.joml.Matrix4d;
import org.joml.Vector3d;
import org.junit.jupiter.api.Test;

class RigidTransformTest {

    private static final double EPS = 1e-12;
    private static final double HALF_PI = Math.PI / 2;
    /** Angle bounds for generated poses, rounded inwards to the 9 decimals jqwik generates. */
    private static final double PI = 3.141592653;
    private static final double HALF_PI_9 = 1.570796326;

    @Test
    void identityLeavesPointsAlone() {
        assertVector(new RigidTransform().transformPoint(1, 2, 3, new Vector3d()), 1, 2, 3, 0);
    }

    @Test
    void translationMovesOriginToPosition() {
        RigidTransform t = RigidTransform.ofPose(1, 2, 3, 0, 0, 0);

        assertVector(t.transformPoint(0, 0, 0, new Vector3d()), 1, 2, 3, EPS);
        assertVector(t.transformPoint(-1, 0, 0.5, new Vector3d()), 0, 2, 3.5, EPS);
        assertVector(t.translation(new Vector3d()), 1, 2, 3, 0);
    }

    @Test
    void positiveYawTurnsForwardToLeft() {
        RigidTransform t = RigidTransform.ofPose(0, 0, 0, 0, 0, HALF_PI);

        assertVector(t.transformPoint(1, 0, 0, new Vector3d()), 0, 1, 0, EPS);
        assertVector(t.transformPoint(0, 1, 0, new Vector3d()), -1, 0, 0, EPS);
    }

    @Test
    void positivePitchTiltsForwardDown() {
        RigidTransform t = RigidTransform.ofPose(0, 0, 0, 0, HALF_PI, 0);

        assertVector(t.transformPoint(1, 0, 0, new Vector3d()), 0, 0, -1, EPS);
    }

    @Test
    void positiveRollTurnsLeftToUp() {
        RigidTransform t = RigidTransform.ofPose(0, 0, 0, HALF_PI, 0, 0);

        assertVector(t.transformPoint(0, 1, 0, new Vector3d()), 0, 0, 1, EPS);
    }

    @Test
    void anglesApplyRollThenPitchThenYawAboutFixedAxes() {
        // Rz(90) Ry(90) Rx(90): y --roll--> z --pitch--> x --yaw--> y
        RigidTransform t = RigidTransform.ofPose(0, 0, 0, HALF_PI, HALF_PI, HALF_PI);

        assertVector(t.transformPoint(0, 1, 0, new Vector3d()), 0, 1, 0, EPS);
        // x --roll--> x --pitch--> -z --yaw--> -z
        assertVector(t.transformPoint(1, 0, 0, new Vector3d()), 0, 0, -1, EPS);
    }

    @Test
    void rotationIsAppliedBeforeTranslation() {
        RigidTransform t = RigidTransform.ofPose(10, 0, 0, 0, 0, HALF_PI);

        assertVector(t.transformPoint(1, 0, 0, new Vector3d()), 10, 1, 0, EPS);
    }

    @Test
    void directionsIgnoreTranslation() {
        RigidTransform t = RigidTransform.ofPose(10, 20, 30, 0, 0, HALF_PI);

        assertVector(t.transformDirection(new Vector3d(1, 0, 0), new Vector3d()), 0, 1, 0, EPS);
    }

    @Test
    void inverseOfKnownPose() {
        RigidTransform t = RigidTransform.ofPose(10, 0, 0, 0, 0, HALF_PI);
        RigidTransform inverse = t.invert(new RigidTransform());

        assertVector(inverse.transformPoint(10, 1, 0, new Vector3d()), 1, 0, 0, EPS);
        assertVector(inverse.transformPoint(0, 0, 0, new Vector3d()), 0, 10, 0, EPS);
    }

    @Test
    void composeAppliesInnerFirst() {
        RigidTransform shift = RigidTransform.ofPose(1, 0, 0, 0, 0, 0);
        RigidTransform turn = RigidTransform.ofPose(0, 0, 0, 0, 0, HALF_PI);

        RigidTransform shiftAfterTurn = shift.compose(turn, new RigidTransform());
        RigidTransform turnAfterShift = turn.compose(shift, new RigidTransform());

        assertVector(shiftAfterTurn.transformPoint(1, 0, 0, new Vector3d()), 1, 1, 0, EPS);
        assertVector(turnAfterShift.transformPoint(1, 0, 0, new Vector3d()), 0, 2, 0, EPS);
    }

    @Test
    void vehicleToWorldFromEgoPose() {
        // Ego at (100, 50) heading north (+y): a point 10 m ahead of the vehicle is 10 m further north.
        RigidTransform vehicleToWorld = RigidTransform.ofPose(100, 50, 0, 0, 0, HALF_PI);
        RigidTransform lidarToVehicle = RigidTransform.ofPose(1.5, 0, 2, 0, 0, 0);

        Vector3d world = vehicleToWorld.transformPoint(10, 0, 0, new Vector3d());
        Vector3d lidarOrigin = vehicleToWorld.compose(lidarToVehicle, new RigidTransform())
                .transformPoint(0, 0, 0, new Vector3d());

        assertVector(world, 100, 60, 0, EPS);
        assertVector(lidarOrigin, 100, 51.5, 2, EPS);
    }

    @Test
    void destMayAliasTheOperands() {
        RigidTransform a = RigidTransform.ofPose(1, 2, 3, 0.1, 0.2, 0.3);
        RigidTransform b = RigidTransform.ofPose(-4, 5, 0.5, -0.3, 0.1, 2.0);
        RigidTransform expected = a.compose(b, new RigidTransform());

        RigidTransform intoA = RigidTransform.ofPose(1, 2, 3, 0.1, 0.2, 0.3);
        intoA.compose(b, intoA);
        RigidTransform intoB = RigidTransform.ofPose(-4, 5, 0.5, -0.3, 0.1, 2.0);
        a.compose(intoB, intoB);
        RigidTransform inverted = RigidTransform.ofPose(1, 2, 3, 0.1, 0.2, 0.3);
        inverted.invert(inverted);

        assertThat(intoA.equals(expected, EPS)).isTrue();
        assertThat(intoB.equals(expected, EPS)).isTrue();
        assertThat(inverted.equals(a.invert(new RigidTransform()), EPS)).isTrue();
    }

    @Test
    void setFromExtrinsicsEqualsSetPose() {
        Extrinsics e = new Extrinsics(1.9, -0.2, 1.45, 0.01, 0.03, -0.5);

        assertThat(RigidTransform.of(e).equals(RigidTransform.ofPose(1.9, -0.2, 1.45, 0.01, 0.03, -0.5), 0))
                .isTrue();
        assertThat(RigidTransform.of(Extrinsics.IDENTITY).matrix().equals(new Matrix4d(), 0)).isTrue();
    }

    @Test
    void transformsFloatPointCloudsLikeSinglePoints() {
        RigidTransform t = RigidTransform.ofPose(1.4, 0, 1.95, 0.01, -0.02, 0.7);
        float[] cloud = {1, 2, 3, -4, 5.5f, 0, 10, -10, 0.25f};
        float[] out = new float[3 + cloud.length];

        t.transformPoints(cloud, 0, out, 3, 3, 3);

        Vector3d expected = new Vector3d();
        for (int i = 0; i < 3; i++) {
            t.transformPoint(cloud[3 * i], cloud[3 * i + 1], cloud[3 * i + 2], expected);
            assertVector(new Vector3d(out[3 + 3 * i], out[4 + 3 * i], out[5 + 3 * i]),
                    expected.x, expected.y, expected.z, 1e-5);
        }
        float[] inPlace = cloud.clone();
        t.transformPoints(inPlace, 0, inPlace, 0, 3, 3);
        assertThat(inPlace).containsExactly(java.util.Arrays.copyOfRange(out, 3, out.length));
    }

    @Test
    void stridedCloudKeepsTheExtraFloats() {
        // LidarScan.xyzi layout: x, y, z, intensity
        RigidTransform t = RigidTransform.ofPose(1, 2, 3, 0, 0, HALF_PI);
        float[] xyzi = {1, 0, 0, 0.25f, 0, 1, 0, 0.75f};

        t.transformPoints(xyzi, 0, xyzi, 0, 2, 4);

        assertThat(xyzi).containsExactly(new float[] {1, 3, 3, 0.25f, 0, 2, 3, 0.75f}, within(1e-6f));
    }

    @Test
    void pointCloudRangesAreBoundsChecked() {
        RigidTransform t = new RigidTransform();

        assertThatThrownBy(() -> t.transformPoints(new float[6], 0, new float[6], 0, 3, 3))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> t.transformPoints(new float[9], 0, new float[6], 1, 2, 3))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> t.transformPoints(new float[6], 0, new float[8], 0, 2, 4))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> t.transformPoints(new float[8], 0, new float[8], 0, 2, 2))
                .isInstanceOf(IllegalArgumentException.class);
        t.transformPoints(new float[0], 0, new float[0], 0, 0, 4); // an empty scan is fine
    }

    @Test
    void setFromMessagePoseMatchesSetPose() {
        Pose ego = new Pose(100, 50, 0.2, 0.01, -0.02, 1.2);

        assertThat(new RigidTransform().set(ego)
                .equals(RigidTransform.ofPose(100, 50, 0.2, 0.01, -0.02, 1.2), 0)).isTrue();
    }

    @Property(seed = "20261123") // fixed: tests are deterministic
    void inverseUndoesTransform(
            @ForAll @DoubleRange(min = -1000, max = 1000) double xM,
            @ForAll @DoubleRange(min = -1000, max = 1000) double yM,
            @ForAll @DoubleRange(min = -100, max = 100) double zM,
            @ForAll @DoubleRange(min = -PI, max = PI) @Scale(9) double rollRad,
            @ForAll @DoubleRange(min = -HALF_PI_9, max = HALF_PI_9) @Scale(9) double pitchRad,
            @ForAll @DoubleRange(min = -PI, max = PI) @Scale(9) double yawRad,
            @ForAll @DoubleRange(min = -500, max = 500) double px,
            @ForAll @DoubleRange(min = -500, max = 500) double py,
            @ForAll @DoubleRange(min = -500, max = 500) double pz) {
        RigidTransform t = RigidTransform.ofPose(xM, yM, zM, rollRad, pitchRad, yawRad);
        RigidTransform inverse = t.invert(new RigidTransform());

        Vector3d p = t.transformPoint(px, py, pz, new Vector3d());
        inverse.transformPoint(p, p);

        assertVector(p, px, py, pz, 1e-9);
        assertThat(t.compose(inverse, new RigidTransform()).equals(new RigidTransform(), 1e-9)).isTrue();
    }

    @Property(seed = "20261123") // fixed: tests are deterministic
    void composeEqualsApplyingInTurn(
            @ForAll @DoubleRange(min = -PI, max = PI) @Scale(9) double yawA,
            @ForAll @DoubleRange(min = -HALF_PI_9, max = HALF_PI_9) @Scale(9) double pitchB,
            @ForAll @DoubleRange(min = -100, max = 100) double xA,
            @ForAll @DoubleRange(min = -100, max = 100) double yB,
            @ForAll @DoubleRange(min = -100, max = 100) double px) {
        RigidTransform a = RigidTransform.ofPose(xA, 1, 2, 0.1, -0.2, yawA);
        RigidTransform b = RigidTransform.ofPose(-3, yB, 0.5, 0.3, pitchB, 1.0);

        Vector3d composed = a.compose(b, new RigidTransform()).transformPoint(px, 2, 3, new Vector3d());
        Vector3d inTurn = a.transformPoint(b.transformPoint(px, 2, 3, new Vector3d()), new Vector3d());

        assertVector(composed, inTurn.x, inTurn.y, inTurn.z, 1e-9);
    }
}
