package io.avstack.drivers.can;

import io.avstack.core.config.Range;
import java.util.Objects;

/**
 * One signal of a CAN message, as a DBC file describes it: physical = raw x scale + offset.
 *
 * <p>Bit numbering is the DBC one (bit {@code i} of byte {@code j} is {@code 8j + i}). For
 * {@link ByteOrder#INTEL} (little-endian, DBC {@code @1}) {@code startBit} is the least significant
 * bit and the signal grows upwards; for {@link ByteOrder#MOTOROLA} (big-endian, DBC {@code @0})
 * {@code startBit} is the most significant bit and the signal continues with lower bits, then bit 7
 * of the next byte — the DBC file convention (as cantools reads it).
 *
 * @param name      signal name, for errors and logs
 * @param messageId CAN id of the message carrying it
 * @param startBit  0..63, see above
 * @param length    1..64 bits
 * @param byteOrder INTEL or MOTOROLA
 * @param signed    two's-complement raw value
 * @param scale     physical units per raw count
 * @param offset    physical value at raw 0
 */
public record CanSignal(String name, @Range(min = 0, max = 0x1FFF_FFFF) int messageId, @Range(min = 0, max = 63) int startBit,
                        @Range(min = 1, max = 64) int length, ByteOrder byteOrder, boolean signed, double scale,
                        double offset) {

    /** DBC byte order. */
    public enum ByteOrder { INTEL, MOTOROLA }

    public CanSignal {
        Objects.requireNonNull(name, "CanSignal.name");
        Objects.requireNonNull(byteOrder, "CanSignal " + name + ": byteOrder");
        if (!Double.isFinite(scale) || scale == 0 || !Double.isFinite(offset)) {
            throw new IllegalArgumentException("CanSignal " + name + ": scale must be finite and non-zero, offset finite: "
                    + scale + ", " + offset);
        }
        if (lastByte(startBit, length, byteOrder) > 7 || startBit < 0 || startBit > 63 || length < 1 || length > 64) {
            throw new IllegalArgumentException("CanSignal " + name + ": bits " + startBit + "|" + length + " (" + byteOrder
                    + ") do not fit in 8 bytes");
        }
    }

    /** Bytes a frame must have for this signal to be read. */
    public int requiredBytes() {
        return lastByte(startBit, length, byteOrder) + 1;
    }

    /** Whether {@code frame} carries this signal (right id, enough bytes). */
    public boolean isIn(CanFrame frame) {
        return frame.id() == messageId && frame.data().length >= requiredBytes();
    }

    /** Raw value (sign-extended if signed). The caller checks {@link #isIn} or the length first. */
    public long raw(byte[] data) {
        long value = 0;
        if (byteOrder == ByteOrder.INTEL) {
            for (int i = length - 1; i >= 0; i--) {
                int bit = startBit + i;
                value = value << 1 | (data[bit >> 3] >> (bit & 7) & 1);
            }
        } else {
            int bit = startBit;
            for (int i = 0; i < length; i++) {
                value = value << 1 | (data[bit >> 3] >> (bit & 7) & 1);
                bit = (bit & 7) == 0 ? bit + 15 : bit - 1;
            }
        }
        if (signed && length < 64 && (value >> (length - 1) & 1) == 1) {
            value -= 1L << length;
        }
        return value;
    }

    /** Physical value: raw x scale + offset. */
    public double physical(byte[] data) {
        return raw(data) * scale + offset;
    }

    /** Writes {@code raw} into {@code data} (for encoders and tests); bits outside the signal are kept. */
    public void write(byte[] data, long raw) {
        if (byteOrder == ByteOrder.INTEL) {
            for (int i = 0; i < length; i++) {
                setBit(data, startBit + i, raw >> i & 1);
            }
        } else {
            int bit = startBit;
            for (int i = length - 1; i >= 0; i--) {
                setBit(data, bit, raw >> i & 1);
                bit = (bit & 7) == 0 ? bit + 15 : bit - 1;
            }
        }
    }

    /** Raw count for a physical value, rounded; throws if it does not fit. */
    public long toRaw(double physical) {
        long r = Math.round((physical - offset) / scale);
        long min = signed ? -(1L << (length - 1)) : 0;
        long max = signed ? (1L << (length - 1)) - 1 : (length == 64 ? Long.MAX_VALUE : (1L << length) - 1);
        if (r < min || r > max) {
            throw new IllegalArgumentException("CanSignal " + name + ": " + physical + " is outside its range");
        }
        return r;
    }

    private static void setBit(byte[] data, int bit, long value) {
        int mask = 1 << (bit & 7);
        data[bit >> 3] = (byte) (value != 0 ? data[bit >> 3] | mask : data[bit >> 3] & ~mask);
    }

    private static int lastByte(int startBit, int length, ByteOrder order) {
        if (order == ByteOrder.INTEL) {
            return (startBit + length - 1) >> 3;
        }
        int bitsInFirstByte = (startBit & 7) + 1;
        int rest = Math.max(0, length - bitsInFirstByte);
        return (startBit >> 3) + (rest + 7) / 8;
    }
}
