package io.avstack.drivers.net;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;

/**
 * Writes a classic libpcap capture (link type Ethernet) of UDP datagrams in Ethernet II / IPv4 / UDP
 * frames, as {@link PcapReader} and Wireshark read them: the pcap file format (global header, then
 * a 16-byte record header per frame) and the RFC 791 / RFC 768 header layouts, with a correct IPv4
 * header checksum and no UDP checksum (0, allowed over IPv4). Frames go from a Velodyne MAC and
 * 192.168.1.201 (the VLP-16's factory address) to broadcast. Not thread-safe.
 */
public final class PcapWriter implements AutoCloseable {

    private static final int MAGIC_US = 0xA1B2C3D4;
    private static final int MAGIC_NS = 0xA1B23C4D;
    private static final int LINKTYPE_ETHERNET = 1;
    private static final int SNAPLEN = 65_535;
    /** Largest UDP payload an IPv4 datagram can carry (its total length is 16 bits), bytes. */
    public static final int MAX_UDP_PAYLOAD = 65_535 - 20 - 8;

    private static final byte[] BROADCAST_MAC = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff};
    private static final byte[] VELODYNE_MAC = {0x60, 0x76, (byte) 0x88, 0x00, 0x00, 0x01};
    private static final byte[] SENSOR_IP = {(byte) 192, (byte) 168, 1, (byte) 201};
    private static final byte[] BROADCAST_IP = {(byte) 255, (byte) 255, (byte) 255, (byte) 255};

    private final OutputStream out;
    private final boolean nanos;
    private final ByteBuffer recordHeader;
    private long records;

    /**
     * Writes the global header to {@code out}.
     *
     * @param order byte order of the file's headers (readers accept both)
     * @param nanos nanosecond record times (magic 0xA1B23C4D) instead of microseconds
     */
    public PcapWriter(OutputStream out, ByteOrder order, boolean nanos) throws IOException {
        this.out = Objects.requireNonNull(out, "out");
        Objects.requireNonNull(order, "order");
        this.nanos = nanos;
        this.recordHeader = ByteBuffer.allocate(16).order(order);
        ByteBuffer g = ByteBuffer.allocate(24).order(order);
        g.putInt(nanos ? MAGIC_NS : MAGIC_US).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                .putInt(SNAPLEN).putInt(LINKTYPE_ETHERNET);
        out.write(g.array());
    }

    /** A new little-endian, microsecond capture file; fails if {@code file} exists. */
    public static PcapWriter create(Path file) throws IOException {
        OutputStream os = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW), 1 << 16);
        try {
            return new PcapWriter(os, ByteOrder.LITTLE_ENDIAN, false);
        } catch (IOException e) {
            os.close();
            throw e;
        }
    }

    /** Appends an Ethernet/IPv4/UDP frame carrying {@code payload}, stamped {@code timestampNs} (ns since the epoch). */
    public void udp(long timestampNs, int srcPort, int dstPort, byte[] payload) throws IOException {
        frame(timestampNs, udpFrame(srcPort, dstPort, payload, false));
    }

    /** Appends a raw link-layer frame (microsecond files keep whole microseconds of the time). */
    public void frame(long timestampNs, byte[] frame) throws IOException {
        if (timestampNs < 0 || timestampNs / 1_000_000_000L > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("pcap record time must be in [0, 2^32) s since the epoch, was "
                    + timestampNs + " ns");
        }
        if (frame.length > SNAPLEN) {
            throw new IllegalArgumentException("frame of " + frame.length + " bytes exceeds the snap length " + SNAPLEN);
        }
        long sec = timestampNs / 1_000_000_000L;
        long frac = timestampNs % 1_000_000_000L;
        recordHeader.clear();
        recordHeader.putInt((int) sec).putInt((int) (nanos ? frac : frac / 1_000)).putInt(frame.length)
                .putInt(frame.length);
        out.write(recordHeader.array());
        out.write(frame);
        records++;
    }

    /** Records written so far. */
    public long records() {
        return records;
    }

    /** Flushes and closes the underlying stream. */
    @Override
    public void close() throws IOException {
        out.close();
    }

    /** An Ethernet II frame (optionally 802.1Q-tagged, VLAN 7) with IPv4 (no options) and UDP headers. */
    public static byte[] udpFrame(int srcPort, int dstPort, byte[] payload, boolean vlan) {
        if (srcPort < 0 || srcPort > 0xFFFF || dstPort < 0 || dstPort > 0xFFFF) {
            throw new IllegalArgumentException("UDP ports must be in [0, 65535], were " + srcPort + " and " + dstPort);
        }
        if (payload.length > MAX_UDP_PAYLOAD) {
            throw new IllegalArgumentException("UDP payload of " + payload.length + " bytes exceeds " + MAX_UDP_PAYLOAD);
        }
        int eth = vlan ? 18 : 14;
        ByteBuffer f = ByteBuffer.allocate(eth + 20 + 8 + payload.length); // network byte order
        f.put(BROADCAST_MAC).put(VELODYNE_MAC);
        if (vlan) {
            f.putShort((short) 0x8100).putShort((short) 7);
        }
        f.putShort((short) 0x0800);
        int ip = f.position();
        f.put((byte) 0x45).put((byte) 0).putShort((short) (20 + 8 + payload.length)).putShort((short) 0)
                .putShort((short) 0x4000).put((byte) 64).put((byte) 17).putShort((short) 0)
                .put(SENSOR_IP).put(BROADCAST_IP);
        f.putShort(ip + 10, (short) ipv4Checksum(f.array(), ip));
        f.putShort((short) srcPort).putShort((short) dstPort).putShort((short) (8 + payload.length)).putShort((short) 0);
        f.put(payload);
        return f.array();
    }

    /** RFC 791 header checksum: one's complement of the one's-complement sum of the header's 16-bit words. */
    static int ipv4Checksum(byte[] frame, int at) {
        int sum = 0;
        for (int i = 0; i < 20; i += 2) {
            sum += (frame[at + i] & 0xFF) << 8 | (frame[at + i + 1] & 0xFF);
        }
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return ~sum & 0xFFFF;
    }
}
