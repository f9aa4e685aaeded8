package io.avstack.core.msg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.msg.SafetyStatus.DegradedMode;
import io.avstack.core.msg.SafetyStatus.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every record rejects bad arguments with an IllegalArgumentException naming the field and value. */
class MessageValidationTest {

    private static final Header H = Header.of("f", 0, 0);
    private static final Dimensions DIMS = new Dimensions(4, 2, 1.5);

    private static Arguments bad(String field, String value, ThrowingCallable construct) {
        return Arguments.of(field, value, construct);
    }

    private static TrackedObject track(double varXM2, double existenceProb, long ageNs, int sensorMask) {
        return new TrackedObject(1, ObjectClass.CAR, 0, 0, 0, 0, PlanarVelocity.ZERO, 0, 0, DIMS,
                varXM2, 0, 0, 0, existenceProb, ageNs, sensorMask);
    }

    static Stream<Arguments> violations() {
        return Stream.of(
                bad("CameraFrame.widthPx", "0", () -> new CameraFrame(H, 0, 1, ImageEncoding.MONO8, "", new byte[0])),
                bad("CameraFrame.heightPx", "-2", () -> new CameraFrame(H, 1, -2, ImageEncoding.JPEG, "", new byte[1])),
                bad("CameraFrame.data", "11", () -> new CameraFrame(H, 2, 2, ImageEncoding.RGB8, "", new byte[11])),
                bad("CameraFrame.data", "0", () -> new CameraFrame(H, 2, 2, ImageEncoding.PNG, "", new byte[0])),
                bad("LidarScan.xyzi", "7", () -> new LidarScan(H, new float[7], new int[1])),
                bad("LidarScan.ring", "3", () -> new LidarScan(H, new float[8], new int[3])),
                bad("Pose.yawRad", "NaN", () -> new Pose(0, 0, 0, 0, 0, Double.NaN)),
                bad("Dimensions.heightM", "-0.1", () -> new Dimensions(1, 1, -0.1)),
                bad("Dimensions.lengthM", "Infinity", () -> new Dimensions(Double.POSITIVE_INFINITY, 1, 1)),
                bad("PlanarVelocity.vyMps", "-Infinity", () -> new PlanarVelocity(0, Double.NEGATIVE_INFINITY)),
                bad("RadarDetection.rangeM", "-1.0", () -> new RadarDetection(-1, 0, 0, 0, 0)),
                bad("RadarDetection.rcsDbsm", "NaN", () -> new RadarDetection(1, 0, 0, 0, Double.NaN)),
                bad("EgoState.speedMps", "NaN", () -> new EgoState(H, Pose.planar(0, 0, 0), Double.NaN, 0, 0, 0)),
                bad("Detection2D.score", "1.5", () -> new Detection2D(ObjectClass.CAR, 1.5, 0, 0, 1, 1)),
                bad("Detection2D.xMaxPx", "5.0", () -> new Detection2D(ObjectClass.CAR, 0.5, 10, 0, 5, 1)),
                bad("Detection2D.yMaxPx", "-1.0", () -> new Detection2D(ObjectClass.CAR, 0.5, 0, 0, 1, -1)),
                bad("Detection3D.score", "NaN", () -> new Detection3D(ObjectClass.TRUCK, Double.NaN, 0, 0, 0, DIMS, 0,
                        Optional.empty())),
                bad("Detection3D.zM", "Infinity", () -> new Detection3D(ObjectClass.TRUCK, 0.5, 0, 0,
                        Double.POSITIVE_INFINITY, DIMS, 0, Optional.empty())),
                bad("TrackedObject.varXM2", "-1.0", () -> track(-1, 0.5, 0, 0)),
                bad("TrackedObject.existenceProb", "1.01", () -> track(0, 1.01, 0, 0)),
                bad("TrackedObject.ageNs", "-5", () -> track(0, 0.5, -5, 0)),
                bad("TrackedObject.sensorMask", "0x8", () -> track(0, 0.5, 0, 8)),
                bad("TrackedObject.covXYM2", "2.5", () -> new TrackedObject(1, ObjectClass.CAR, 0, 0, 0, 0,
                        PlanarVelocity.ZERO, 0, 0, DIMS, 4, 1, 0, 0, 0.5, 0, 0, 2.5, 0)),
                bad("TrackedObject.covVxVyM2ps2", "NaN", () -> new TrackedObject(1, ObjectClass.CAR, 0, 0, 0, 0,
                        PlanarVelocity.ZERO, 0, 0, DIMS, 0, 0, 1, 1, 0.5, 0, 0, 0, Double.NaN)),
                bad("TrajectoryPoint.timeFromStartNs", "-1", () -> new TrajectoryPoint(-1, 0, 0, 0, 0, 0, 0)),
                bad("TrajectoryPoint.curvaturePerM", "NaN", () -> new TrajectoryPoint(0, 0, 0, 0, 0, 0, Double.NaN)),
                bad("Trajectory.points[2].timeFromStartNs", "5", () -> new Trajectory(H, List.of(
                        new TrajectoryPoint(0, 0, 0, 0, 0, 0, 0), new TrajectoryPoint(10, 0, 0, 0, 0, 0, 0),
                        new TrajectoryPoint(5, 0, 0, 0, 0, 0, 0)))),
                bad("ControlCommand.accelMps2", "Infinity", () -> new ControlCommand(H, Double.POSITIVE_INFINITY, 0)),
                bad("ControlCommand.steeringRad", "NaN", () -> new ControlCommand(H, 0, Double.NaN)),
                bad("SafetyStatus.reason", "CLAMP", () -> new SafetyStatus(H, Verdict.CLAMP, "  ", DegradedMode.NONE)),
                bad("GroundTruth.egoSpeedMps", "NaN", () -> new GroundTruth(H, Pose.planar(0, 0, 0), Double.NaN,
                        List.of())),
                bad("NodeHealth.node", "\" \"", () -> new NodeHealth(H, " ", NodeHealth.State.OK, 0, 0, 0, 0, "", 0)),
                bad("NodeHealth.messagesDropped", "-1", () -> new NodeHealth(H, "n", NodeHealth.State.OK, 0, 0, -1, 0,
                        "", 0)),
                bad("NodeHealth.uptimeNs", "-7", () -> new NodeHealth(H, "n", NodeHealth.State.FAILED, 0, 0, 0, 0, "",
                        -7)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("violations")
    void rejectsWithFieldAndValue(String field, String value, ThrowingCallable construct) {
        assertThatThrownBy(construct)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(field)
                .hasMessageContaining(value);
    }

    static Stream<Arguments> nulls() {
        return Stream.of(
                bad("CameraFrame.header", "", () -> new CameraFrame(null, 1, 1, ImageEncoding.MONO8, "", new byte[1])),
                bad("CameraFrame.data", "", () -> new CameraFrame(H, 1, 1, ImageEncoding.MONO8, "", null)),
                bad("LidarScan.ring", "", () -> new LidarScan(H, new float[0], null)),
                bad("RadarScan.detections", "", () -> new RadarScan(H, null)),
                bad("Detection3D.velocity", "", () -> new Detection3D(ObjectClass.CAR, 1, 0, 0, 0, DIMS, 0, null)),
                bad("WorldModel.header", "", () -> new WorldModel(null, List.of())),
                bad("SafetyStatus.degradedMode", "", () -> new SafetyStatus(H, Verdict.PASS, "", null)),
                bad("NodeHealth.state", "", () -> new NodeHealth(H, "n", null, 0, 0, 0, 0, "", 0)),
                bad("NodeHealth.lastError", "", () -> new NodeHealth(H, "n", NodeHealth.State.OK, 0, 0, 0, 0, null, 0)),
                bad("GroundTruthObject.pose", "", () -> new GroundTruthObject(1, ObjectClass.BUS, null, DIMS,
                        PlanarVelocity.ZERO)));
    }

    @ParameterizedTest(name = "{0} null")
    @MethodSource("nulls")
    void rejectsNullsNamingTheField(String field, String unused, ThrowingCallable construct) {
        assertThatThrownBy(construct).isInstanceOf(NullPointerException.class).hasMessage(field);
    }

    @org.junit.jupiter.api.Test
    void acceptsBoundaryValues() {
        assertThat(new CameraFrame(H, 640, 480, ImageEncoding.RGB8, "cam_front", new byte[921_600]).data())
                .hasSize(921_600);
        assertThat(new LidarScan(H, new float[0], new int[0]).pointCount()).isZero();
        assertThat(track(0, 1, 0, TrackedObject.SENSOR_ALL).existenceProb()).isEqualTo(1);
        assertThat(new SafetyStatus(H, Verdict.PASS, "", DegradedMode.NONE).reason()).isEmpty();
        assertThat(new Detection2D(ObjectClass.UNKNOWN, 0, 3, 3, 3, 3).widthPx()).isZero();
    }

    @org.junit.jupiter.api.Test
    void aTracksUncertaintyAlongADirectionUsesTheCovarianceBetweenTheAxes() {
        // position: variances 4 and 1, correlation 0.5 (covariance 1); velocity: fully correlated
        TrackedObject o = new TrackedObject(1, ObjectClass.CAR, 0, 0, 0, 0, PlanarVelocity.ZERO, 0, 0, DIMS, 4, 1,
                1, 1, 0.5, 0, 0, 1, -1);
        double h = Math.sqrt(0.5);
        assertThat(o.positionVarianceAlong(1, 0)).isEqualTo(4);
        assertThat(o.positionVarianceAlong(h, h)).isCloseTo(0.5 * (4 + 2 + 1), within(1e-12));
        assertThat(o.positionVarianceAlong(h, -h)).isCloseTo(0.5 * (4 - 2 + 1), within(1e-12));
        // vx = -vy exactly: no uncertainty along (1, 1), all of it along (1, -1)
        assertThat(o.velocityVarianceAlong(h, h)).isCloseTo(0, within(1e-12));
        assertThat(o.velocityVarianceAlong(h, -h)).isCloseTo(2, within(1e-12));
        assertThat(track(4, 0.5, 0, 0).covXYM2()).as("the constructor without covariances").isZero();
    }

    @org.junit.jupiter.api.Test
    void listsAreCopiedSoTheCallerCannotChangeAMessage() {
        List<RadarDetection> source = new ArrayList<>(List.of(new RadarDetection(1, 0, 0, 0, 0)));
        RadarScan scan = new RadarScan(H, source);
        source.clear();
        assertThat(scan.detections()).hasSize(1);
        assertThatThrownBy(() -> scan.detections().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
