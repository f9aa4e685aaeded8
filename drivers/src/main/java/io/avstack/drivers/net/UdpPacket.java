package io.avstack.drivers.net;

/**
 * A UDP datagram read from a capture, reused between reads (allocation-free loop): the payload is
 * {@code data[offset .. offset + length)} and is only valid until the next read.
 */
public final class UdpPacket {
    /** Capture time of the frame, ns since the epoch. */
    public long timestampNs;
    public int srcPort;
    public int dstPort;
    public byte[] data;
    public int offset;
    public int length;
}
