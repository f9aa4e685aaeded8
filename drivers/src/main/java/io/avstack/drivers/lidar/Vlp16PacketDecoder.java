package io.avstack.drivers.lidar;

/**
 * Decodes one VLP-16 data packet into points, allocation-free. Azimuth of each return is interpolated
 * between block azimuths by its firing time (manual, section 9.5); points are in the sensor frame
 * x forward, y left, z up (ROS REP 103): with elevation w and azimuth a (clockwise from forward, as
 * the sensor reports it) x = R cos w cos a, y = -R cos w sin a, z = R sin w. Returns with distance 0
 * (no echo) are skipped. Single-threaded: one decoder per driver thread.
 */
public final class Vlp16PacketDecoder {

    /** Receives decoded points. */
    @FunctionalInterface
    public interface PointSink {
        /**
         * @param azimuthRaw    interpolated azimuth rounded to 0.01 deg, 0..35999 (coordinates use the exact value)
         * @param timeOffsetUs  firing time after the packet's first firing, us
         */
        void point(float xM, float yM, float zM, float intensity, int ring, int azimuthRaw, double timeOffsetUs);
    }

    private final int[] blockAzimuth = new int[Vlp16.BLOCKS];
    private int lastTimestampUs;

    /**
     * Checks and decodes {@code length} bytes at {@code offset} of {@code data}.
     *
     * @return {@link PacketRejection#NONE} when points were emitted, else why the packet was dropped
     *         (nothing is emitted for a rejected packet)
     */
    public PacketRejection decode(byte[] data, int offset, int length, PointSink sink) {
        PacketRejection check = validate(data, offset, length);
        if (check != PacketRejection.NONE) {
            return check;
        }
        lastTimestampUs = u32(data, offset + Vlp16.TIMESTAMP_OFFSET);
        for (int b = 0; b < Vlp16.BLOCKS; b++) {
            blockAzimuth[b] = u16(data, offset + b * Vlp16.BLOCK_BYTES + 2);
        }
        for (int b = 0; b < Vlp16.BLOCKS; b++) {
            int gap = azimuthGap(b);
            int base = offset + b * Vlp16.BLOCK_BYTES + 4;
            for (int firing = 0; firing < Vlp16.FIRINGS_PER_BLOCK; firing++) {
                for (int laser = 0; laser < Vlp16.LASERS; laser++) {
                    int at = base + (firing * Vlp16.LASERS + laser) * Vlp16.RETURN_BYTES;
                    int distanceRaw = u16(data, at);
                    if (distanceRaw == 0) {
                        continue;
                    }
                    double firingUs = laser * Vlp16.LASER_INTERVAL_US + firing * Vlp16.FIRING_SEQUENCE_US;
                    double azimuthExact = blockAzimuth[b] + gap * firingUs / (2 * Vlp16.FIRING_SEQUENCE_US);
                    int azimuth = (int) Math.round(azimuthExact) % 36_000;
                    double a = Math.toRadians(azimuthExact * Vlp16.AZIMUTH_UNIT_DEG);
                    double r = distanceRaw * Vlp16.DISTANCE_UNIT_M;
                    double horizontal = r * Vlp16.cosElevation(laser);
                    sink.point((float) (horizontal * Math.cos(a)), (float) (-horizontal * Math.sin(a)),
                            (float) (r * Vlp16.sinElevation(laser)), (data[at + 2] & 0xFF) / 255f,
                            Vlp16.ring(laser), azimuth, b * 2 * Vlp16.FIRING_SEQUENCE_US + firingUs);
                }
            }
        }
        return PacketRejection.NONE;
    }

    /** Timestamp of the last accepted packet: microseconds past the top of the hour. */
    public int lastTimestampUs() {
        return lastTimestampUs;
    }

    /** Checks a packet without decoding it. */
    public static PacketRejection validate(byte[] data, int offset, int length) {
        if (data == null || length != Vlp16.PACKET_BYTES || offset < 0 || offset + length > data.length) {
            return PacketRejection.WRONG_LENGTH;
        }
        for (int b = 0; b < Vlp16.BLOCKS; b++) {
            int at = offset + b * Vlp16.BLOCK_BYTES;
            if ((data[at] & 0xFF) != Vlp16.BLOCK_FLAG_BYTE0 || (data[at + 1] & 0xFF) != Vlp16.BLOCK_FLAG_BYTE1) {
                return PacketRejection.BAD_BLOCK_FLAG;
            }
            if (u16(data, at + 2) > Vlp16.AZIMUTH_RAW_MAX) {
                return PacketRejection.AZIMUTH_OUT_OF_RANGE;
            }
        }
        if (Integer.toUnsignedLong(u32(data, offset + Vlp16.TIMESTAMP_OFFSET)) >= Vlp16.US_PER_HOUR) {
            return PacketRejection.TIMESTAMP_OUT_OF_RANGE;
        }
        int mode = data[offset + Vlp16.RETURN_MODE_OFFSET] & 0xFF;
        if ((data[offset + Vlp16.PRODUCT_ID_OFFSET] & 0xFF) != Vlp16.PRODUCT_ID_VLP16
                || (mode != Vlp16.RETURN_MODE_STRONGEST && mode != Vlp16.RETURN_MODE_LAST && mode != Vlp16.RETURN_MODE_DUAL)) {
            return PacketRejection.UNSUPPORTED_PRODUCT;
        }
        if (mode == Vlp16.RETURN_MODE_DUAL) {
            return PacketRejection.DUAL_RETURN_UNSUPPORTED;
        }
        return PacketRejection.NONE;
    }

    /** Azimuth advance from block {@code b} to the next, 0.01 deg; the last block reuses the previous gap. */
    private int azimuthGap(int b) {
        int from = b < Vlp16.BLOCKS - 1 ? b : b - 1;
        int gap = blockAzimuth[from + 1] - blockAzimuth[from];
        return gap < 0 ? gap + 36_000 : gap;
    }

    static int u16(byte[] d, int at) {
        return (d[at] & 0xFF) | (d[at + 1] & 0xFF) << 8;
    }

    static int u32(byte[] d, int at) {
        return (d[at] & 0xFF) | (d[at + 1] & 0xFF) << 8 | (d[at + 2] & 0xFF) << 16 | (d[at + 3] & 0xFF) << 24;
    }
}
