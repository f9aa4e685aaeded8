package io.avstack.core.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.PlanStatus;
import io.avstack.core.msg.TrafficLightStates;
import io.avstack.core.msg.Detections2D;
import io.avstack.core.msg.Detections3D;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.GroundTruth;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.Message;
import io.avstack.core.msg.MessageArbitraries;
import io.avstack.core.msg.RadarScan;
import io.avstack.core.msg.SafetyStatus;
import io.avstack.core.msg.Trajectory;
import io.avstack.core.msg.WorldModel;
import io.avstack.core.proto.Envelope;
import java.util.HexFormat;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every message type survives encode -> decode unchanged, typed decode included. */
class ProtoCodecRoundTripTest {

    private static final ProtoCodec CODEC = ProtoCodec.INSTANCE;

    private static <M extends Message> void assertRoundTrips(M message) throws CodecException {
        byte[] bytes = CODEC.encode(message);
        assertThat(CODEC.decode(bytes)).isEqualTo(message);
        @SuppressWarnings("unchecked")
        Class<M> type = (Class<M>) message.getClass();
        assertThat(CODEC.decode(bytes, type)).isEqualTo(message);
    }

    @Property(tries = 200)
    void cameraFrame(@ForAll("cameraFrames") CameraFrame m) throws CodecException {
        assertRoundTrips(m);
    }

    @Property(tries = 200)
    void lidarScan(@ForAll("lidarScans") LidarScan m) throws CodecException {
        assertRoundTrips(m);
    }

    @Property(tries = 200)
    void radarScan(@ForAll("radarScans") RadarScan m) throws CodecException {
        assertRoundTrips(m);
    }

    @Property(tries = 200)
    void egoState(@ForAll("egoStates") EgoState m) throws CodecException {
        assertRoundTrips(m);
    }

    @Property(tries = 200)
    void detections2d(@ForAll("detections2d") Detections2D m) throws CodecException {
        assertRoundTrips(m);
    }

    @Property(tries = 200)
    void detections3d(@ForAll("detections3d") Detections3D m) throws CodecException {
        assertRoundTrips(m);
    }

    @Property(tries = 200)
    void worldModel(@ForAll("worldModels") WorldModel m) throws CodecException {
        assertRoundTrips(m);
    }

    @Property(tries = 200)
    void trajectory(@ForAll("trajectories") Trajectory m) throws CodecException {
        assertRoundTrips(m);
    }

    @Property(tries = 200)
    void controlCommand(@ForAll("controlCommands") ControlCommand m) throws CodecException {
        assertRoundTrips(m);
    }

    @Property(tries = 200)
    void safetyStatus(@ForAll("safetyStatuses") SafetyStatus m) throws CodecException {
        assertRoundTrips(m);
    }

    @Property(tries = 200)
    void groundTruth(@ForAll("groundTruths") GroundTruth m) throws CodecException {
        assertRoundTrips(m);
    }

    @Property(tries = 200)
    void planStatus(@ForAll("planStatuses") PlanStatus m) throws CodecException {
        assertRoundTrips(m);
    }

    @Property(tries = 200)
    void trafficLightStates(@ForAll("trafficLightStatesArb") TrafficLightStates m) throws CodecException {
        assertRoundTrips(m);
    }

    /** Guards the test itself: a new record type must get a generator and a property above. */
    @Example
    void everyMessageTypeHasAGeneratorAndAnEnvelopeCase() {
        Set<Class<?>> permitted = Set.of(Message.class.getPermittedSubclasses());
        assertThat(Set.<Class<?>>copyOf(MessageArbitraries.byType().keySet())).isEqualTo(permitted);
        // Every oneof case but PAYLOAD_NOT_SET maps to one record type.
        assertThat(Envelope.PayloadCase.values()).hasSize(permitted.size() + 1);
    }

    /**
     * Envelope field 9 (0x4a), header {frame_id, seq 7, stamp_ns 1e9, valid}, accel -2.5 as field 2
     * (fixed64), steering 0.125 as field 3: checked by hand against avstack.proto.
     */
    private static final String PINNED_CONTROL_COMMAND_HEX =
            "4a290a150a09626173655f6c696e6b1007188094ebdc0320011100000000000004c019000000000000c03f";

    /** Pins the wire format: renumbering a field in avstack.proto breaks every stored drive log. */
    @Example
    void controlCommandBytesArePinned() throws CodecException {
        ControlCommand cmd = new ControlCommand(new Header("base_link", 7, 1_000_000_000L, true), -2.5, 0.125);
        byte[] bytes = CODEC.encode(cmd);
        assertThat(HexFormat.of().formatHex(bytes)).isEqualTo(PINNED_CONTROL_COMMAND_HEX);
        assertThat(CODEC.decode(bytes)).isEqualTo(cmd);
    }

    /** Decoding does not alias the input: the caller may reuse its receive buffer. */
    @Example
    void decodedImageDoesNotShareTheInputBuffer() throws CodecException {
        CameraFrame frame = new CameraFrame(Header.of("cam", 0, 0), 2, 1, io.avstack.core.msg.ImageEncoding.MONO8,
                "cam_front", new byte[] {10, 20});
        byte[] bytes = CODEC.encode(frame);
        CameraFrame decoded = CODEC.decode(bytes, CameraFrame.class);
        java.util.Arrays.fill(bytes, (byte) 0);
        assertThat(decoded).isEqualTo(frame);
    }

    @Provide Arbitrary<CameraFrame> cameraFrames() { return MessageArbitraries.cameraFrame(); }
    @Provide Arbitrary<LidarScan> lidarScans() { return MessageArbitraries.lidarScan(); }
    @Provide Arbitrary<RadarScan> radarScans() { return MessageArbitraries.radarScan(); }
    @Provide Arbitrary<EgoState> egoStates() { return MessageArbitraries.egoState(); }
    @Provide Arbitrary<Detections2D> detections2d() { return MessageArbitraries.detections2d(); }
    @Provide Arbitrary<Detections3D> detections3d() { return MessageArbitraries.detections3d(); }
    @Provide Arbitrary<WorldModel> worldModels() { return MessageArbitraries.worldModel(); }
    @Provide Arbitrary<PlanStatus> planStatuses() { return MessageArbitraries.planStatus(); }
    @Provide Arbitrary<TrafficLightStates> trafficLightStatesArb() { return MessageArbitraries.trafficLightStates(); }
    @Provide Arbitrary<Trajectory> trajectories() { return MessageArbitraries.trajectory(); }
    @Provide Arbitrary<ControlCommand> controlCommands() { return MessageArbitraries.controlCommand(); }
    @Provide Arbitrary<SafetyStatus> safetyStatuses() { return MessageArbitraries.safetyStatus(); }
    @Provide Arbitrary<GroundTruth> groundTruths() { return MessageArbitraries.groundTruth(); }
}
