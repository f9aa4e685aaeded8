package io.avstack.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.protobuf.ByteString;
import io.avstack.core.codec.CodecException.Kind;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.Message;
import io.avstack.core.msg.MessageArbitraries;
import io.avstack.core.proto.Envelope;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Bad bytes produce a {@link CodecException} of the right kind, and never any other exception. */
class ProtoCodecMalformedTest {

    private static final ProtoCodec CODEC = ProtoCodec.INSTANCE;

    private static final io.avstack.core.proto.Header HEADER =
            io.avstack.core.proto.Header.newBuilder().setFrameId("f").setSeq(1).setStampNs(2).setValid(true).build();

    /** Decodes, asserting the only possible failure is a CodecException; returns it, or null on success. */
    private static CodecException decodeFailure(byte[] bytes) {
        Throwable t = catchThrowable(() -> CODEC.decode(bytes));
        if (t != null) {
            assertThat(t).isInstanceOf(CodecException.class);
        }
        return (CodecException) t;
    }

    private static CodecException failureOf(Envelope e) {
        CodecException ex = decodeFailure(e.toByteArray());
        assertThat(ex).as("decoding %s should fail", e).isNotNull();
        return ex;
    }

    private static void assertInvalid(Envelope e, String... messageParts) {
        CodecException ex = failureOf(e);
        assertThat(ex.kind()).isEqualTo(Kind.INVALID_FIELD);
        assertThat(ex.getMessage()).contains(messageParts);
    }

    // ---- unparseable ----

    @Property(tries = 30)
    void everyTruncationIsRejected(@ForAll("messages") Message m) {
        byte[] full = CODEC.encode(m);
        assertThat(decodeFailure(new byte[0]).kind()).isEqualTo(Kind.UNKNOWN_TYPE); // empty envelope
        for (int len = 1; len < full.length; len++) {
            // The payload is one length-delimited field, so any shorter prefix cuts it.
            CodecException ex = decodeFailure(java.util.Arrays.copyOf(full, len));
            assertThat(ex).as("prefix of %d of %d bytes", len, full.length).isNotNull();
            assertThat(ex.kind()).isEqualTo(Kind.MALFORMED);
        }
    }

    @Property(tries = 2000)
    void randomBytesNeverThrowAnythingElse(@ForAll @Size(max = 96) byte[] bytes) {
        decodeFailure(bytes);
    }

    /** Corrupting valid encodings reaches deeper than random bytes: inside headers, enums, arrays. */
    @Property(tries = 1000)
    void corruptedEncodingsNeverThrowAnythingElse(@ForAll("messages") Message m,
                                                  @ForAll("corruptions") List<int[]> corruptions) {
        byte[] bytes = CODEC.encode(m);
        for (int[] c : corruptions) {
            bytes[Math.floorMod(c[0], bytes.length)] = (byte) c[1];
        }
        decodeFailure(bytes);
    }

    @Example
    void strayEndGroupTagIsMalformed() {
        byte[] valid = CODEC.encode(new ControlCommand(Header.of("f", 0, 0), 0, 0));
        byte[] withEndGroup = java.util.Arrays.copyOf(valid, valid.length + 1);
        withEndGroup[valid.length] = 0x0C; // field 1, wire type 4 (end group) at top level
        assertThat(decodeFailure(withEndGroup).kind()).isEqualTo(Kind.MALFORMED);
    }

    // ---- type ----

    @Example
    void unknownPayloadFieldIsUnknownType() {
        byte[] field99 = {(byte) 0x9A, 0x06, 0x00}; // field 99, length-delimited, empty: a newer sender's type
        CodecException ex = decodeFailure(field99);
        assertThat(ex.kind()).isEqualTo(Kind.UNKNOWN_TYPE);
        assertThat(ex.getMessage()).contains("99");
    }

    @Example
    void typedDecodeOfAnotherTypeIsWrongType() {
        byte[] bytes = CODEC.encode(new ControlCommand(Header.of("f", 0, 0), 1, 0));
        assertThatThrownBy(() -> CODEC.decode(bytes, CameraFrame.class))
                .isInstanceOfSatisfying(CodecException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.WRONG_TYPE);
                    assertThat(e.getMessage()).contains("CameraFrame", "ControlCommand");
                });
    }

    // ---- invariants ----

    @Example
    void missingHeaderIsInvalid() {
        assertInvalid(Envelope.newBuilder().setControlCommand(io.avstack.core.proto.ControlCommand.newBuilder()
                .setAccelMps2(1)).build(), "ControlCommand.header", "missing");
    }

    @Example
    void nanCommandIsInvalid() {
        assertInvalid(Envelope.newBuilder().setControlCommand(io.avstack.core.proto.ControlCommand.newBuilder()
                .setHeader(HEADER).setAccelMps2(Double.NaN)).build(), "ControlCommand.accelMps2", "NaN");
    }

    @Example
    void lidarPointArrayNotAMultipleOfFourIsInvalid() {
        io.avstack.core.proto.LidarScan.Builder scan = io.avstack.core.proto.LidarScan.newBuilder().setHeader(HEADER);
        for (int i = 0; i < 5; i++) {
            scan.addXyzi(i);
        }
        assertInvalid(Envelope.newBuilder().setLidarScan(scan).build(), "LidarScan.xyzi", "5");
    }

    @Example
    void lidarRingCountMismatchIsInvalid() {
        io.avstack.core.proto.LidarScan.Builder scan = io.avstack.core.proto.LidarScan.newBuilder().setHeader(HEADER);
        for (int i = 0; i < 8; i++) {
            scan.addXyzi(i);
        }
        scan.addRing(0).addRing(1).addRing(2);
        assertInvalid(Envelope.newBuilder().setLidarScan(scan).build(), "LidarScan.ring", "2", "3");
    }

    @Example
    void imageSizeMismatchIsInvalid() {
        assertInvalid(Envelope.newBuilder().setCameraFrame(io.avstack.core.proto.CameraFrame.newBuilder()
                .setHeader(HEADER).setWidthPx(4).setHeightPx(2)
                .setEncoding(io.avstack.core.proto.ImageEncoding.IMAGE_ENCODING_RGB8)
                .setData(ByteString.copyFrom(new byte[23]))).build(), "CameraFrame.data", "24", "23");
    }

    @Example
    void hugeUnsignedWidthIsInvalidNotOverflowed() {
        assertInvalid(Envelope.newBuilder().setCameraFrame(io.avstack.core.proto.CameraFrame.newBuilder()
                .setHeader(HEADER).setWidthPx(-1).setHeightPx(2) // uint32 0xFFFFFFFF reads as -1 in Java
                .setEncoding(io.avstack.core.proto.ImageEncoding.IMAGE_ENCODING_MONO8)
                .setData(ByteString.copyFrom(new byte[2]))).build(), "CameraFrame.widthPx", "-1");
    }

    @Example
    void unsetEnumIsInvalid() {
        assertInvalid(Envelope.newBuilder().setCameraFrame(io.avstack.core.proto.CameraFrame.newBuilder()
                .setHeader(HEADER).setWidthPx(1).setHeightPx(1)
                .setData(ByteString.copyFrom(new byte[1]))).build(), "CameraFrame.encoding", "unset");
    }

    @Example
    void unknownEnumValueIsInvalid() {
        io.avstack.core.proto.Detections2D.Builder d = io.avstack.core.proto.Detections2D.newBuilder().setHeader(HEADER);
        d.addDetectionsBuilder().setClsValue(42).setScore(0.5);
        assertInvalid(Envelope.newBuilder().setDetections2D(d).build(), "Detection2D.cls", "42");
    }

    @Example
    void unknownSafetyEnumsAreInvalid() {
        assertInvalid(Envelope.newBuilder().setSafetyStatus(io.avstack.core.proto.SafetyStatus.newBuilder()
                .setHeader(HEADER).setVerdictValue(9)
                .setDegradedMode(io.avstack.core.proto.DegradedMode.DEGRADED_MODE_NONE)).build(),
                "SafetyStatus.verdict", "9");
        assertInvalid(Envelope.newBuilder().setSafetyStatus(io.avstack.core.proto.SafetyStatus.newBuilder()
                .setHeader(HEADER).setVerdict(io.avstack.core.proto.Verdict.VERDICT_PASS)).build(),
                "SafetyStatus.degradedMode", "unset");
    }

    @Example
    void nodeHealthStateMustBeSetAndCountersNonNegative() {
        assertInvalid(Envelope.newBuilder().setNodeHealth(io.avstack.core.proto.NodeHealth.newBuilder()
                .setHeader(HEADER).setNode("fusion")).build(), "NodeHealth.state", "unset");
        assertInvalid(Envelope.newBuilder().setNodeHealth(io.avstack.core.proto.NodeHealth.newBuilder()
                .setHeader(HEADER).setNode("fusion").setState(io.avstack.core.proto.NodeState.NODE_STATE_OK)
                .setErrors(-3)).build(), "NodeHealth.errors", "-3");
    }

    @Example
    void negativeDimensionIsInvalid() {
        io.avstack.core.proto.Detections3D.Builder d = io.avstack.core.proto.Detections3D.newBuilder().setHeader(HEADER);
        d.addDetectionsBuilder().setCls(io.avstack.core.proto.ObjectClass.OBJECT_CLASS_CAR).setScore(0.9)
                .setDims(io.avstack.core.proto.Dimensions.newBuilder().setLengthM(4).setWidthM(-1.5).setHeightM(1.5));
        assertInvalid(Envelope.newBuilder().setDetections3D(d).build(), "Dimensions.widthM", "-1.5");
    }

    @Example
    void missingRequiredSubMessageIsInvalid() {
        io.avstack.core.proto.WorldModel.Builder w = io.avstack.core.proto.WorldModel.newBuilder().setHeader(HEADER);
        w.addObjectsBuilder().setCls(io.avstack.core.proto.ObjectClass.OBJECT_CLASS_PEDESTRIAN)
                .setVelocity(io.avstack.core.proto.PlanarVelocity.getDefaultInstance());
        assertInvalid(Envelope.newBuilder().setWorldModel(w).build(), "TrackedObject.dims", "missing");
    }

    @Example
    void nonIncreasingTrajectoryTimesAreInvalid() {
        io.avstack.core.proto.Trajectory.Builder t = io.avstack.core.proto.Trajectory.newBuilder().setHeader(HEADER);
        t.addPointsBuilder().setTimeFromStartNs(100);
        t.addPointsBuilder().setTimeFromStartNs(100);
        assertInvalid(Envelope.newBuilder().setTrajectory(t).build(), "Trajectory.points[1].timeFromStartNs", "100");
    }

    @Example
    void overridingWithoutAReasonIsInvalid() {
        assertInvalid(Envelope.newBuilder().setSafetyStatus(io.avstack.core.proto.SafetyStatus.newBuilder()
                .setHeader(HEADER).setVerdict(io.avstack.core.proto.Verdict.VERDICT_OVERRIDE_MRM)
                .setDegradedMode(io.avstack.core.proto.DegradedMode.DEGRADED_MODE_STALE_SENSOR)).build(),
                "SafetyStatus.reason", "OVERRIDE_MRM");
    }

    @Provide
    Arbitrary<Message> messages() {
        return MessageArbitraries.anyMessage();
    }

    @Provide
    Arbitrary<List<int[]>> corruptions() {
        Arbitrary<int[]> one = Arbitraries.integers().array(int[].class).ofSize(2);
        return one.list().ofMinSize(1).ofMaxSize(4);
    }
}
