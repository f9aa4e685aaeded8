package io.avstack.core.codec;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.ExtensionRegistryLite;
import com.google.protobuf.WireFormat;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.proto.Envelope;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The lidar scan's envelope written and read without protobuf's message objects: the bulkiest
 * message on the bus (a 32-beam scan is ~0.5 MB), whose generated builder and parser grow their
 * packed lists element by element (over MQTT ~1.7 GB allocated per 30 s, the largest share of the
 * stack's garbage). {@link #encode} gives exactly the bytes {@code Envelope.toByteArray()} gives;
 * {@link #decode} reads only the layout {@link #encode} writes and leaves every other input to the
 * generic parser, which stays the judge of malformed bytes.
 */
final class LidarScanWire {

    /** The envelope's lidar-scan field tag (field number << 3 | wire type; WireFormat.makeTag is not public). */
    private static final int ENVELOPE_TAG = Envelope.LIDAR_SCAN_FIELD_NUMBER << 3 | WireFormat.WIRETYPE_LENGTH_DELIMITED;
    private static final int HEADER = io.avstack.core.proto.LidarScan.HEADER_FIELD_NUMBER;
    private static final int XYZI = io.avstack.core.proto.LidarScan.XYZI_FIELD_NUMBER;
    private static final int RING = io.avstack.core.proto.LidarScan.RING_FIELD_NUMBER;

    private LidarScanWire() {
    }

    /** The envelope of {@code scan}, byte for byte what protobuf serialises for it. */
    static byte[] encode(LidarScan scan) {
        io.avstack.core.proto.Header header = ProtoEncoder.header(scan.header());
        float[] xyzi = scan.xyzi();
        int[] ring = scan.ring();
        int headerBytes = header.getSerializedSize();
        int xyziBytes = 4 * xyzi.length;
        int ringBytes = 0;
        for (int r : ring) {
            ringBytes += CodedOutputStream.computeInt32SizeNoTag(r);
        }
        int scanBytes = delimitedSize(HEADER, headerBytes) + (xyzi.length == 0 ? 0 : delimitedSize(XYZI, xyziBytes))
                + (ring.length == 0 ? 0 : delimitedSize(RING, ringBytes));
        byte[] out = new byte[delimitedSize(Envelope.LIDAR_SCAN_FIELD_NUMBER, scanBytes)];
        CodedOutputStream o = CodedOutputStream.newInstance(out);
        try {
            o.writeUInt32NoTag(ENVELOPE_TAG);
            o.writeUInt32NoTag(scanBytes);
            o.writeTag(HEADER, WireFormat.WIRETYPE_LENGTH_DELIMITED);
            o.writeUInt32NoTag(headerBytes);
            header.writeTo(o);
            if (xyzi.length > 0) {
                o.writeTag(XYZI, WireFormat.WIRETYPE_LENGTH_DELIMITED);
                o.writeUInt32NoTag(xyziBytes);
                for (float f : xyzi) {
                    o.writeFloatNoTag(f);
                }
            }
            if (ring.length > 0) {
                o.writeTag(RING, WireFormat.WIRETYPE_LENGTH_DELIMITED);
                o.writeUInt32NoTag(ringBytes);
                for (int r : ring) {
                    o.writeInt32NoTag(r);
                }
            }
            o.checkNoSpaceLeft();
        } catch (IOException e) {
            throw new IllegalStateException("lidar scan envelope: sizes computed wrong", e);
        }
        return out;
    }

    /**
     * The parts of the scan in {@code bytes} when they are exactly one envelope holding one lidar
     * scan laid out as {@link #encode} writes it (header, then packed xyzi and ring, each at most
     * once, nothing else); {@code null} for any other input, valid or not.
     */
    static Parts decode(byte[] bytes) {
        try {
            CodedInputStream in = CodedInputStream.newInstance(bytes);
            if (in.readTag() != ENVELOPE_TAG) {
                return null;
            }
            int scanBytes = in.readRawVarint32();
            if (scanBytes != bytes.length - in.getTotalBytesRead()) {
                return null;
            }
            io.avstack.core.proto.Header header = null;
            float[] xyzi = new float[0];
            int[] ring = new int[0];
            int lastField = 0;
            while (!in.isAtEnd()) {
                int tag = in.readTag();
                int field = tag >>> 3;
                if (field <= lastField || (tag & 7) != WireFormat.WIRETYPE_LENGTH_DELIMITED) {
                    return null;
                }
                lastField = field;
                int length = in.readRawVarint32();
                int at = in.getTotalBytesRead();
                if (length < 0 || length > bytes.length - at) {
                    return null;
                }
                if (field == HEADER) {
                    io.avstack.core.proto.Header.Builder b = io.avstack.core.proto.Header.newBuilder();
                    int limit = in.pushLimit(length);
                    b.mergeFrom(in, ExtensionRegistryLite.getEmptyRegistry());
                    in.popLimit(limit);
                    header = b.build();
                } else if (field == XYZI) {
                    if (length % 4 != 0) {
                        return null;
                    }
                    xyzi = new float[length / 4];
                    ByteBuffer.wrap(bytes, at, length).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(xyzi);
                    in.skipRawBytes(length);
                } else if (field == RING) {
                    int count = 0;
                    for (int i = at; i < at + length; i++) {
                        count += bytes[i] >= 0 ? 1 : 0; // a varint ends at its byte with the top bit clear
                    }
                    ring = new int[count];
                    int limit = in.pushLimit(length);
                    for (int i = 0; i < count; i++) {
                        ring[i] = in.readInt32();
                    }
                    if (!in.isAtEnd()) {
                        return null;
                    }
                    in.popLimit(limit);
                } else {
                    return null;
                }
            }
            return header == null ? null : new Parts(header, xyzi, ring);
        } catch (IOException | RuntimeException e) {
            return null; // the generic parser says what is wrong
        }
    }

    /** A decoded scan's fields, before the record's own checks. */
    record Parts(io.avstack.core.proto.Header header, float[] xyzi, int[] ring) {
    }

    private static int delimitedSize(int field, int bytes) {
        return CodedOutputStream.computeTagSize(field) + CodedOutputStream.computeUInt32SizeNoTag(bytes) + bytes;
    }
}
