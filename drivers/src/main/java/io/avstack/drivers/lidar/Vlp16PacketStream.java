package io.avstack.drivers.lidar;

import java.io.IOException;
import java.util.Objects;

/**
 * Packs firing sequences into VLP-16 data packets the way the sensor sends them: two firings per
 * block, twelve blocks (24 firings) per packet, each block carrying the azimuth of its first firing
 * and each packet the time of its first firing (us past the hour). The second firing of a block has
 * no azimuth of its own: the decoder puts it halfway to the next block, so firings must come evenly
 * spaced in azimuth, as the sensor's do. Not thread-safe.
 */
public final class Vlp16PacketStream {

    /** Receives each finished packet. */
    @FunctionalInterface
    public interface Sink {
        /**
         * @param timeNs  time of the packet's first firing, ns since the epoch
         * @param payload the 1206-byte UDP payload (a fresh array)
         */
        void packet(long timeNs, byte[] payload) throws IOException;
    }

    private static final int FIRINGS_PER_PACKET = Vlp16.BLOCKS * Vlp16.FIRINGS_PER_BLOCK;

    private final Vlp16PacketEncoder encoder = new Vlp16PacketEncoder();
    private final Sink sink;
    private int firings;
    private long packetTimeNs;
    private int lastBlockAzimuth = -1;
    private int blockGapRaw;
    private long packets;

    public Vlp16PacketStream(Sink sink) {
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    /**
     * Appends one firing sequence of all 16 lasers.
     *
     * @param timeNs       when it fired, ns since the epoch
     * @param azimuthRaw   azimuth of its first laser, 0..35999 in 0.01 deg, clockwise from forward
     * @param distanceRaw  per laser id (0..15): distance in 2 mm units, 0 = no echo
     * @param reflectivity per laser id: 0..255
     */
    public void firing(long timeNs, int azimuthRaw, int[] distanceRaw, int[] reflectivity) throws IOException {
        if (distanceRaw.length != Vlp16.LASERS || reflectivity.length != Vlp16.LASERS) {
            throw new IllegalArgumentException("a firing has 16 distances and reflectivities, was "
                    + distanceRaw.length + " and " + reflectivity.length);
        }
        if (firings == 0) {
            packetTimeNs = timeNs;
            encoder.clearReturns();
        }
        int block = firings / Vlp16.FIRINGS_PER_BLOCK;
        int firing = firings % Vlp16.FIRINGS_PER_BLOCK;
        if (firing == 0) {
            encoder.azimuth(block, azimuthRaw);
            if (lastBlockAzimuth >= 0) {
                blockGapRaw = Math.floorMod(azimuthRaw - lastBlockAzimuth, 36_000);
            }
            lastBlockAzimuth = azimuthRaw;
        }
        for (int laser = 0; laser < Vlp16.LASERS; laser++) {
            encoder.ret(block, firing, laser, distanceRaw[laser], reflectivity[laser]);
        }
        if (++firings == FIRINGS_PER_PACKET) {
            emit();
        }
    }

    /**
     * Sends a partly filled packet: the missing blocks continue the azimuth at the last block spacing
     * and have no echoes. Nothing happens when no firing is pending.
     */
    public void flush() throws IOException {
        if (firings == 0) {
            return;
        }
        for (int block = (firings + 1) / Vlp16.FIRINGS_PER_BLOCK; block < Vlp16.BLOCKS; block++) {
            lastBlockAzimuth = Math.floorMod(lastBlockAzimuth + blockGapRaw, 36_000);
            encoder.azimuth(block, lastBlockAzimuth);
        }
        emit();
    }

    /** Packets sent so far. */
    public long packets() {
        return packets;
    }

    /** The sensor's timestamp field for a time in ns since the epoch: microseconds past the top of the hour. */
    public static long usPastHour(long timeNs) {
        return Math.floorMod(Math.floorDiv(timeNs, 1_000L), Vlp16.US_PER_HOUR);
    }

    private void emit() throws IOException {
        encoder.timestampUs(usPastHour(packetTimeNs));
        firings = 0;
        packets++;
        sink.packet(packetTimeNs, encoder.build());
    }
}
