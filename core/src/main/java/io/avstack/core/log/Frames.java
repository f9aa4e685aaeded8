package io.avstack.core.log;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32C;

/**
 * The only fixed byte layouts of a drive log: the file magic, the frame prefix (payload length and
 * CRC32C, both uint32 little-endian) and the trailer that locates the footer. Everything inside a
 * frame is protobuf ({@code drivelog.proto}).
 */
final class Frames {

    /** PNG-style: a high byte catches 7-bit transfers, CR LF catches newline conversion. */
    static final byte[] MAGIC = {(byte) 0x89, 'A', 'V', 'L', 'O', 'G', '\r', '\n'};
    static final byte[] END_MAGIC = "AVLOGEND".getBytes(StandardCharsets.US_ASCII);
    static final int PREFIX_BYTES = 8;
    /** uint64 footer offset + {@link #END_MAGIC}. */
    static final int TRAILER_BYTES = 16;
    /** Largest payload a reader accepts; a bigger length field is corruption, not a huge frame. */
    static final int MAX_PAYLOAD_BYTES = 256 << 20;
    static final int FORMAT_VERSION = 1;

    private Frames() {
    }

    static int crc32c(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }

    static int crc32c(ByteBuffer payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return (int) crc.getValue();
    }

    /** Writes the 8-byte frame prefix into {@code dest} at its position (advancing it). */
    static void putPrefix(ByteBuffer dest, int payloadLength, int crc) {
        dest.order(ByteOrder.LITTLE_ENDIAN).putInt(payloadLength).putInt(crc);
    }

    static byte[] trailer(long footerOffset) {
        ByteBuffer b = ByteBuffer.allocate(TRAILER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        b.putLong(footerOffset).put(END_MAGIC);
        return b.array();
    }
}
