package io.avstack.drivers.lidar;

import io.avstack.core.bus.Bus;
import io.avstack.core.msg.LidarScan;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The VLP-16 driver node: packets in (from a UDP socket or a capture), full rotations out as
 * {@link LidarScan} on the bus. A bad packet is dropped and counted by reason; nothing a packet
 * contains can make it throw. Owned by one thread (the packet source's); counters may be read from
 * any thread.
 */
public final class Vlp16Driver {

    /** Points in one rotation at 5 Hz and 0.1 deg resolution (the densest VLP-16 setting), doubled. */
    public static final int DEFAULT_MAX_POINTS = 2 * Vlp16.LASERS * 7_200;

    private final Bus bus;
    private final String topic;
    private final Vlp16PacketDecoder decoder = new Vlp16PacketDecoder();
    private final ScanAssembler assembler;
    private final AtomicLongArray byOutcome = new AtomicLongArray(PacketRejection.values().length);
    private volatile long scansPublished;

    public Vlp16Driver(Bus bus, String topic, String frameId) {
        this.bus = bus;
        this.topic = topic;
        this.assembler = new ScanAssembler(frameId, DEFAULT_MAX_POINTS, this::publish);
    }

    /**
     * Handles one UDP payload.
     *
     * @param referenceNs a time within half an hour of the measurement (receive time from the
     *                    injected clock, or the capture's record time), to resolve the sensor's
     *                    "microseconds past the hour" into absolute time
     * @return why the packet was dropped, or {@link PacketRejection#NONE}
     */
    public PacketRejection onPacket(byte[] data, int offset, int length, long referenceNs) {
        PacketRejection verdict = Vlp16PacketDecoder.validate(data, offset, length);
        if (verdict == PacketRejection.NONE) {
            long usPastHour = Integer.toUnsignedLong(Vlp16PacketDecoder.u32(data, offset + Vlp16.TIMESTAMP_OFFSET));
            assembler.beginPacket(HourTimestamps.resolveNs(usPastHour, referenceNs));
            verdict = decoder.decode(data, offset, length, assembler);
        }
        byOutcome.incrementAndGet(verdict.ordinal());
        return verdict;
    }

    /** End of input: publishes the incomplete last rotation, marked invalid. */
    public void finish() {
        assembler.flushPartial();
    }

    /** Packets accepted. */
    public long packetsAccepted() {
        return byOutcome.get(PacketRejection.NONE.ordinal());
    }

    /** Packets dropped for {@code reason}. */
    public long packetsRejected(PacketRejection reason) {
        return byOutcome.get(reason.ordinal());
    }

    /** Packets dropped for any reason. */
    public long packetsRejected() {
        long sum = 0;
        for (PacketRejection r : PacketRejection.values()) {
            if (r != PacketRejection.NONE) {
                sum += byOutcome.get(r.ordinal());
            }
        }
        return sum;
    }

    public long scansPublished() {
        return scansPublished;
    }

    private void publish(LidarScan scan) {
        bus.publish(topic, scan);
        scansPublished++;
    }
}
