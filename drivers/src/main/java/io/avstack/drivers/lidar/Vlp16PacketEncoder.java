package io.avstack.drivers.lidar;

/**
 * Encodes one VLP-16 data packet (single-return layout of {@link Vlp16}, the inverse of
 * {@link Vlp16PacketDecoder}): 12 blocks of [0xFF 0xEE, azimuth u16 LE in 0.01 deg, 2 firings x 16
 * lasers x (distance u16 LE in 2 mm, reflectivity u8)], then the timestamp (u32 LE, us past the
 * hour), the return mode and the product id 0x22. A mutable packet under construction: set what
 * differs from an empty packet (flags, strongest return, no echoes, azimuth 0, time 0), then
 * {@link #build}. Values the wire cannot carry are rejected with an {@link IllegalArgumentException}
 * naming the field; to make malformed packets (tests), change the built bytes.
 */
public final class Vlp16PacketEncoder {

    /** Largest distance the wire carries, m (65535 x 2 mm). */
    public static final double MAX_RANGE_M = 0xFFFF * Vlp16.DISTANCE_UNIT_M;

    private final byte[] packet = new byte[Vlp16.PACKET_BYTES];

    public Vlp16PacketEncoder() {
        for (int b = 0; b < Vlp16.BLOCKS; b++) {
            packet[b * Vlp16.BLOCK_BYTES] = (byte) Vlp16.BLOCK_FLAG_BYTE0;
            packet[b * Vlp16.BLOCK_BYTES + 1] = (byte) Vlp16.BLOCK_FLAG_BYTE1;
        }
        returnMode(Vlp16.RETURN_MODE_STRONGEST);
        packet[Vlp16.PRODUCT_ID_OFFSET] = (byte) Vlp16.PRODUCT_ID_VLP16;
    }

    /** Sets every block's azimuth to {@code startRaw + b * stepRaw} (0.01 deg), wrapped at 360 deg. */
    public Vlp16PacketEncoder azimuths(int startRaw, int stepRaw) {
        for (int b = 0; b < Vlp16.BLOCKS; b++) {
            azimuth(b, Math.floorMod(startRaw + b * stepRaw, 36_000));
        }
        return this;
    }

    /** Azimuth of {@code block} (0..11): 0..35999 in 0.01 deg, clockwise from forward. */
    public Vlp16PacketEncoder azimuth(int block, int raw) {
        check("block", block, Vlp16.BLOCKS - 1);
        check("azimuthRaw", raw, Vlp16.AZIMUTH_RAW_MAX);
        le16(block * Vlp16.BLOCK_BYTES + 2, raw);
        return this;
    }

    /**
     * The return of laser id {@code laser} (0..15, the manual's firing order, not the ring) in
     * {@code firing} (0 or 1) of {@code block}: distance in 2 mm (0 = no echo), reflectivity 0..255.
     */
    public Vlp16PacketEncoder ret(int block, int firing, int laser, int distanceRaw, int reflectivity) {
        check("block", block, Vlp16.BLOCKS - 1);
        check("firing", firing, Vlp16.FIRINGS_PER_BLOCK - 1);
        check("laser", laser, Vlp16.LASERS - 1);
        check("distanceRaw", distanceRaw, 0xFFFF);
        check("reflectivity", reflectivity, 0xFF);
        int at = block * Vlp16.BLOCK_BYTES + 4 + (firing * Vlp16.LASERS + laser) * Vlp16.RETURN_BYTES;
        le16(at, distanceRaw);
        packet[at + 2] = (byte) reflectivity;
        return this;
    }

    /** Every laser of every firing at {@code distanceRaw}. */
    public Vlp16PacketEncoder allReturns(int distanceRaw, int reflectivity) {
        for (int b = 0; b < Vlp16.BLOCKS; b++) {
            for (int f = 0; f < Vlp16.FIRINGS_PER_BLOCK; f++) {
                for (int l = 0; l < Vlp16.LASERS; l++) {
                    ret(b, f, l, distanceRaw, reflectivity);
                }
            }
        }
        return this;
    }

    /** Time of the packet's first firing, microseconds past the top of the hour (0 .. 3.6e9 - 1). */
    public Vlp16PacketEncoder timestampUs(long usPastHour) {
        if (usPastHour < 0 || usPastHour >= Vlp16.US_PER_HOUR) {
            throw new IllegalArgumentException("timestampUs must be in [0, 3.6e9) us past the hour, was " + usPastHour);
        }
        int at = Vlp16.TIMESTAMP_OFFSET;
        packet[at] = (byte) usPastHour;
        packet[at + 1] = (byte) (usPastHour >>> 8);
        packet[at + 2] = (byte) (usPastHour >>> 16);
        packet[at + 3] = (byte) (usPastHour >>> 24);
        return this;
    }

    /** {@link Vlp16#RETURN_MODE_STRONGEST}, {@link Vlp16#RETURN_MODE_LAST} or {@link Vlp16#RETURN_MODE_DUAL}. */
    public Vlp16PacketEncoder returnMode(int mode) {
        if (mode != Vlp16.RETURN_MODE_STRONGEST && mode != Vlp16.RETURN_MODE_LAST && mode != Vlp16.RETURN_MODE_DUAL) {
            throw new IllegalArgumentException("returnMode must be 0x37, 0x38 or 0x39, was 0x" + Integer.toHexString(mode));
        }
        packet[Vlp16.RETURN_MODE_OFFSET] = (byte) mode;
        return this;
    }

    /** Sets every distance and reflectivity to 0 (no echo), keeping azimuths and the timestamp. */
    public Vlp16PacketEncoder clearReturns() {
        for (int b = 0; b < Vlp16.BLOCKS; b++) {
            int from = b * Vlp16.BLOCK_BYTES + 4;
            java.util.Arrays.fill(packet, from, from + Vlp16.BLOCK_BYTES - 4, (byte) 0);
        }
        return this;
    }

    /** A copy of the packet as it stands. */
    public byte[] build() {
        return packet.clone();
    }

    /** Distance field for a range: {@code round(rangeM / 2 mm)}; 0 (no echo) beyond {@link #MAX_RANGE_M}. */
    public static int distanceRaw(double rangeM) {
        if (!(rangeM >= 0)) {
            throw new IllegalArgumentException("rangeM must be finite and >= 0, was " + rangeM);
        }
        long raw = Math.round(rangeM / Vlp16.DISTANCE_UNIT_M);
        return raw > 0xFFFF ? 0 : (int) raw;
    }

    /** Reflectivity byte for an intensity in 0..1 (the decoder's inverse: intensity = byte / 255); clamped. */
    public static int reflectivity(double intensity) {
        if (Double.isNaN(intensity)) {
            throw new IllegalArgumentException("intensity must not be NaN");
        }
        return (int) Math.round(Math.clamp(intensity, 0.0, 1.0) * 255);
    }

    private void le16(int at, int v) {
        packet[at] = (byte) v;
        packet[at + 1] = (byte) (v >>> 8);
    }

    private static void check(String name, int value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException(name + " must be in [0, " + max + "], was " + value);
        }
    }
}
