package io.avstack.drivers.lidar;

import io.avstack.core.msg.Header;
import io.avstack.core.msg.LidarScan;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Collects decoded points into full rotations: a scan is cut where the azimuth wraps past 0 deg
 * (straight ahead) and handed to the consumer as a {@link LidarScan} stamped with the time of its
 * first point. Buffers grow once to the size of a rotation and are then reused; each scan copies its
 * points once. A rotation that never wraps is cut at {@code maxPoints} and marked invalid.
 */
public final class ScanAssembler implements Vlp16PacketDecoder.PointSink {

    /** Azimuth drop (0.01 deg) that counts as a wrap rather than jitter: half a turn. */
    private static final int WRAP_THRESHOLD_RAW = 18_000;

    private final String frameId;
    private final int maxPoints;
    private final Consumer<LidarScan> out;
    private float[] xyzi = new float[4 * 4096];
    private int[] ring = new int[4096];
    private int count;
    private int lastAzimuth = -1;
    private long packetNs;
    private long firstPointNs;
    private long seq;
    private long oversized;

    public ScanAssembler(String frameId, int maxPoints, Consumer<LidarScan> out) {
        if (maxPoints <= 0) {
            throw new IllegalArgumentException("maxPoints must be > 0, was " + maxPoints);
        }
        this.frameId = frameId;
        this.maxPoints = maxPoints;
        this.out = out;
    }

    /** Time of the packet whose points follow (its first firing), ns. */
    public void beginPacket(long packetTimeNs) {
        this.packetNs = packetTimeNs;
    }

    @Override
    public void point(float xM, float yM, float zM, float intensity, int ringIndex, int azimuthRaw, double timeOffsetUs) {
        if (lastAzimuth >= 0 && azimuthRaw < lastAzimuth - WRAP_THRESHOLD_RAW && count > 0) {
            emit(true);
        }
        lastAzimuth = azimuthRaw;
        if (count == maxPoints) {
            oversized++;
            emit(false);
        }
        if (count == 0) {
            firstPointNs = packetNs + Math.round(timeOffsetUs * 1_000);
        }
        ensureCapacity(count + 1);
        int at = 4 * count;
        xyzi[at] = xM;
        xyzi[at + 1] = yM;
        xyzi[at + 2] = zM;
        xyzi[at + 3] = intensity;
        ring[count] = ringIndex;
        count++;
    }

    /** Emits what has been collected (e.g. at the end of a file) as a partial, invalid scan. */
    public void flushPartial() {
        if (count > 0) {
            emit(false);
        }
    }

    /** Rotations cut at {@code maxPoints} without a wrap. */
    public long oversizedScans() {
        return oversized;
    }

    private void emit(boolean complete) {
        out.accept(new LidarScan(new Header(frameId, seq++, firstPointNs, complete),
                Arrays.copyOf(xyzi, 4 * count), Arrays.copyOf(ring, count)));
        count = 0;
    }

    private void ensureCapacity(int points) {
        if (points > ring.length) {
            int n = Math.min(Math.max(points, ring.length * 2), maxPoints);
            xyzi = Arrays.copyOf(xyzi, 4 * n);
            ring = Arrays.copyOf(ring, n);
        }
    }
}
