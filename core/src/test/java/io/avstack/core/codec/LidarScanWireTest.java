package io.avstack.core.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.msg.Header;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.proto.Envelope;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** {@link LidarScanWire}: protobuf's bytes exactly, and only its own layout read on the fast path. */
class LidarScanWireTest {

    private static LidarScan scan(int points, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] xyzi = new float[4 * points];
        int[] ring = new int[points];
        for (int i = 0; i < xyzi.length; i++) {
            xyzi[i] = (float) r.nextGaussian() * 30;
        }
        for (int i = 0; i < points; i++) {
            ring[i] = r.nextInt(-3, 200); // negative and multi-byte varints too
        }
        if (points > 2) {
            xyzi[1] = Float.NaN;
            xyzi[2] = -0f;
            xyzi[5] = Float.NEGATIVE_INFINITY;
            ring[1] = Integer.MIN_VALUE;
        }
        return new LidarScan(new Header("lidar_top", seed, 1_000_000_000L * seed, seed % 2 == 0), xyzi, ring);
    }

    private static List<LidarScan> scans() {
        return List.of(scan(0, 0), scan(1, 1), scan(3, 2), scan(1000, 3), scan(30_000, 4),
                new LidarScan(new Header("", 0, 0, false), new float[0], new int[0]));
    }

    @Test
    void encodingGivesExactlyProtobufsBytes() {
        for (LidarScan s : scans()) {
            assertThat(LidarScanWire.encode(s)).isEqualTo(ProtoEncoder.envelope(s).toByteArray());
            assertThat(ProtoCodec.INSTANCE.encode(s)).isEqualTo(ProtoEncoder.envelope(s).toByteArray());
        }
    }

    @Test
    void decodingReadsWhatProtobufReadsBitForBit() throws Exception {
        for (LidarScan s : scans()) {
            byte[] bytes = ProtoEncoder.envelope(s).toByteArray();
            LidarScanWire.Parts fast = LidarScanWire.decode(bytes);
            assertThat(fast).isNotNull();
            LidarScan generic = ProtoDecoder.lidarScan(Envelope.parseFrom(bytes).getLidarScan());
            LidarScan decoded = (LidarScan) ProtoCodec.INSTANCE.decode(bytes);
            assertThat(decoded.header()).isEqualTo(generic.header()).isEqualTo(s.header());
            assertThat(decoded.ring()).isEqualTo(generic.ring());
            assertThat(decoded.xyzi()).hasSameSizeAs(generic.xyzi());
            for (int i = 0; i < generic.xyzi().length; i++) {
                assertThat(Float.floatToRawIntBits(decoded.xyzi()[i])).isEqualTo(Float.floatToRawIntBits(generic.xyzi()[i]));
            }
        }
    }

    @Test
    void otherLayoutsAreLeftToTheGenericParser() throws Exception {
        LidarScan s = scan(3, 5);
        // xyzi unpacked (one fixed32 per value): valid protobuf, not encode's layout
        io.avstack.core.proto.LidarScan p = ProtoEncoder.lidarScan(s);
        com.google.protobuf.ByteString.Output raw = com.google.protobuf.ByteString.newOutput();
        com.google.protobuf.CodedOutputStream o = com.google.protobuf.CodedOutputStream.newInstance(raw);
        o.writeMessage(1, p.getHeader());
        for (float f : s.xyzi()) {
            o.writeFloat(2, f);
        }
        for (int r : s.ring()) {
            o.writeInt32(3, r);
        }
        o.flush();
        byte[] unpacked = Envelope.newBuilder().setLidarScan(io.avstack.core.proto.LidarScan.parseFrom(raw.toByteString()))
                .build().toByteArray();
        // the same envelope bytes re-serialised are packed again, so build the unpacked envelope by hand
        com.google.protobuf.ByteString.Output env = com.google.protobuf.ByteString.newOutput();
        com.google.protobuf.CodedOutputStream eo = com.google.protobuf.CodedOutputStream.newInstance(env);
        eo.writeBytes(Envelope.LIDAR_SCAN_FIELD_NUMBER, raw.toByteString());
        eo.flush();
        byte[] hand = env.toByteString().toByteArray();
        assertThat(LidarScanWire.decode(hand)).isNull();
        LidarScan viaGeneric = (LidarScan) ProtoCodec.INSTANCE.decode(hand);
        assertThat(viaGeneric.ring()).isEqualTo(s.ring());
        assertThat(LidarScanWire.decode(unpacked)).isNotNull(); // protobuf writes it packed again

        byte[] good = LidarScanWire.encode(s);
        byte[] trailing = java.util.Arrays.copyOf(good, good.length + 2); // an extra empty field 0 tag: malformed
        assertThat(LidarScanWire.decode(trailing)).isNull();
        assertThatThrownBy(() -> ProtoCodec.INSTANCE.decode(trailing)).isInstanceOf(CodecException.class);
        byte[] truncated = java.util.Arrays.copyOf(good, good.length - 3);
        assertThat(LidarScanWire.decode(truncated)).isNull();
        assertThatThrownBy(() -> ProtoCodec.INSTANCE.decode(truncated)).isInstanceOf(CodecException.class);
    }

    @Test
    void recordInvariantsStillFailAsInvalidFields() {
        // 3 rings for 2 points: the record refuses it, on the fast path as on the generic one
        io.avstack.core.proto.LidarScan p = io.avstack.core.proto.LidarScan.newBuilder()
                .setHeader(ProtoEncoder.header(new Header("l", 1, 1, true)))
                .addXyzi(1).addXyzi(2).addXyzi(3).addXyzi(4).addXyzi(5).addXyzi(6).addXyzi(7).addXyzi(8)
                .addRing(1).addRing(2).addRing(3).build();
        byte[] bytes = Envelope.newBuilder().setLidarScan(p).build().toByteArray();
        assertThat(LidarScanWire.decode(bytes)).isNotNull();
        assertThatThrownBy(() -> ProtoCodec.INSTANCE.decode(bytes)).isInstanceOf(CodecException.class)
                .hasMessageContaining("ring");
    }
}
