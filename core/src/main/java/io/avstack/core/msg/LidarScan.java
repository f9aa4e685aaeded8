package io.avstack.core.msg;

import java.util.Arrays;
import java.util.Objects;

/**
 * One lidar sweep as packed arrays (no object per point, so a 100k-point scan is two arrays, not
 * 100k allocations). Typical size: 32 rings x 1800 columns = 57,600 points = 1.15 MB of floats and
 * ints. Point {@code i} is {@code xyzi[4i..4i+3]} and {@code ring[i]}.
 *
 * <p>The arrays are taken over, not copied, and the accessors return them as is (zero copy on the
 * in-process bus); nobody may write to them after construction.
 *
 * @param header {@code frameId} is the lidar's frame, e.g. {@code "lidar_top"}
 * @param xyzi   4 floats per point: x, y, z in metres in the sensor frame, intensity 0..1; length a
 *               multiple of 4
 * @param ring   laser ring (beam) index per point, 0 = lowest beam; {@code ring.length == xyzi.length / 4}
 */
public record LidarScan(Header header, float[] xyzi, int[] ring) implements Message {

    /** Floats per point in {@link #xyzi()}. */
    public static final int FLOATS_PER_POINT = 4;

    public LidarScan {
        Objects.requireNonNull(header, "LidarScan.header");
        Objects.requireNonNull(xyzi, "LidarScan.xyzi");
        Objects.requireNonNull(ring, "LidarScan.ring");
        if (xyzi.length % FLOATS_PER_POINT != 0) {
            throw new IllegalArgumentException("LidarScan.xyzi length must be a multiple of 4, was " + xyzi.length);
        }
        if (ring.length != xyzi.length / FLOATS_PER_POINT) {
            throw new IllegalArgumentException("LidarScan.ring length must equal the point count "
                    + xyzi.length / FLOATS_PER_POINT + ", was " + ring.length);
        }
    }

    public int pointCount() {
        return ring.length;
    }

    public float x(int point) {
        return xyzi[point * FLOATS_PER_POINT];
    }

    public float y(int point) {
        return xyzi[point * FLOATS_PER_POINT + 1];
    }

    public float z(int point) {
        return xyzi[point * FLOATS_PER_POINT + 2];
    }

    public float intensity(int point) {
        return xyzi[point * FLOATS_PER_POINT + 3];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LidarScan s
                && header.equals(s.header) && Arrays.equals(xyzi, s.xyzi) && Arrays.equals(ring, s.ring);
    }

    @Override
    public int hashCode() {
        return Objects.hash(header, Arrays.hashCode(xyzi), Arrays.hashCode(ring));
    }

    /** Describes the scan without dumping its points. */
    @Override
    public String toString() {
        return "LidarScan[header=" + header + ", points=" + pointCount() + "]";
    }
}
