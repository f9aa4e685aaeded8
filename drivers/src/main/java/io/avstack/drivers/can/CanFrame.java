package io.avstack.drivers.can;

import java.util.Arrays;

/**
 * A classic CAN frame as read from a bus or a log.
 *
 * @param timestampNs receive time, ns since the epoch (log time or injected clock)
 * @param id          11-bit standard or 29-bit extended identifier
 * @param extended    whether {@code id} is a 29-bit identifier
 * @param data        0..8 payload bytes (not copied; do not modify)
 */
public record CanFrame(long timestampNs, int id, boolean extended, byte[] data) {

    public static final int MAX_STANDARD_ID = 0x7FF;
    public static final int MAX_EXTENDED_ID = 0x1FFF_FFFF;
    public static final int MAX_DATA_BYTES = 8;

    public CanFrame {
        if (id < 0 || id > (extended ? MAX_EXTENDED_ID : MAX_STANDARD_ID)) {
            throw new IllegalArgumentException("CanFrame.id out of range: 0x" + Integer.toHexString(id));
        }
        if (data == null || data.length > MAX_DATA_BYTES) {
            throw new IllegalArgumentException("CanFrame.data must hold 0..8 bytes, was "
                    + (data == null ? "null" : data.length));
        }
    }

    /** Unsigned byte {@code i} of the payload. */
    public int u8(int i) {
        return data[i] & 0xFF;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CanFrame f && f.timestampNs == timestampNs && f.id == id && f.extended == extended
                && Arrays.equals(f.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Long.hashCode(timestampNs) + id) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        StringBuilder hex = new StringBuilder();
        for (byte b : data) {
            hex.append(String.format("%02X", b));
        }
        return String.format("CanFrame[%d %X#%s]", timestampNs, id, hex);
    }
}
