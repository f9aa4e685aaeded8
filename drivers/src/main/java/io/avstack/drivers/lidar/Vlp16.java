package io.avstack.drivers.lidar;

/**
 * Constants of the Velodyne VLP-16 data packet (VLP-16 User Manual, rev. E, section 9): a 1206-byte
 * UDP payload on port 2368 holding 12 data blocks of 100 bytes (flag 0xFFEE, azimuth in 0.01 deg,
 * 32 returns of distance in 2 mm units + reflectivity: two firing sequences of the 16 lasers), a
 * 4-byte timestamp in microseconds past the top of the hour and two factory bytes (return mode,
 * product id).
 */
public final class Vlp16 {

    public static final int UDP_PORT = 2368;
    public static final int PACKET_BYTES = 1206;
    public static final int BLOCKS = 12;
    public static final int BLOCK_BYTES = 100;
    public static final int LASERS = 16;
    public static final int FIRINGS_PER_BLOCK = 2;
    public static final int RETURN_BYTES = 3;
    /** First two bytes of every block, as they appear on the wire (0xFFEE little-endian). */
    public static final int BLOCK_FLAG_BYTE0 = 0xFF;
    public static final int BLOCK_FLAG_BYTE1 = 0xEE;
    public static final int TIMESTAMP_OFFSET = BLOCKS * BLOCK_BYTES;
    public static final int RETURN_MODE_OFFSET = TIMESTAMP_OFFSET + 4;
    public static final int PRODUCT_ID_OFFSET = RETURN_MODE_OFFSET + 1;
    public static final int PRODUCT_ID_VLP16 = 0x22;
    public static final int RETURN_MODE_STRONGEST = 0x37;
    public static final int RETURN_MODE_LAST = 0x38;
    public static final int RETURN_MODE_DUAL = 0x39;
    /** Distance unit on the wire, m. */
    public static final double DISTANCE_UNIT_M = 0.002;
    /** Azimuth unit on the wire, degrees; valid raw values are 0..35999. */
    public static final double AZIMUTH_UNIT_DEG = 0.01;
    public static final int AZIMUTH_RAW_MAX = 35_999;
    /** Time between two lasers firing, us. */
    public static final double LASER_INTERVAL_US = 2.304;
    /** Time of one firing sequence of all 16 lasers (with recharge), us. */
    public static final double FIRING_SEQUENCE_US = 55.296;
    /** Microseconds in an hour: the timestamp's range. */
    public static final long US_PER_HOUR = 3_600_000_000L;

    /** Elevation of laser id 0..15, degrees (manual, table 9-1). */
    private static final double[] ELEVATION_DEG = {-15, 1, -13, 3, -11, 5, -9, 7, -7, 9, -5, 11, -3, 13, -1, 15};
    private static final double[] SIN_ELEVATION = new double[LASERS];
    private static final double[] COS_ELEVATION = new double[LASERS];

    static {
        for (int i = 0; i < LASERS; i++) {
            SIN_ELEVATION[i] = Math.sin(Math.toRadians(ELEVATION_DEG[i]));
            COS_ELEVATION[i] = Math.cos(Math.toRadians(ELEVATION_DEG[i]));
        }
    }

    private Vlp16() {
    }

    public static double elevationDeg(int laserId) {
        return ELEVATION_DEG[laserId];
    }

    static double sinElevation(int laserId) {
        return SIN_ELEVATION[laserId];
    }

    static double cosElevation(int laserId) {
        return COS_ELEVATION[laserId];
    }

    /**
     * Ring of a laser: beams ordered by elevation, 0 = lowest (-15 deg), 15 = highest (+15 deg). Laser
     * ids interleave: even ids are -15..-1 deg, odd ids +1..+15 deg.
     */
    public static int ring(int laserId) {
        return (laserId & 1) == 0 ? laserId / 2 : LASERS / 2 + laserId / 2;
    }

    /** Inverse of {@link #ring}. */
    public static int laserId(int ring) {
        return ring < LASERS / 2 ? ring * 2 : (ring - LASERS / 2) * 2 + 1;
    }
}
