package io.avstack.drivers.net;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Test-side writer of libpcap captures (Ethernet / IPv4 / UDP), following the pcap file format and
 * RFC 791 / RFC 768 header layouts, so driver tests can generate their own captures.
 */
public final class PcapWriter {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteOrder order;
    private final boolean nanos;

    public PcapWriter(ByteOrder order, boolean nanos) {
        this.order = order;
        this.nanos = nanos;
        ByteBuffer g = ByteBuffer.allocate(24).order(order);
        g.putInt(nanos ? 0xA1B23C4D : 0xA1B2C3D4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0)
                .putInt(65_535).putInt(1);
        out.writeBytes(g.array());
    }

    public PcapWriter() {
        this(ByteOrder.LITTLE_ENDIAN, false);
    }

    /** Appends an Ethernet/IPv4/UDP frame carrying {@code payload}. */
    public PcapWriter udp(long timestampNs, int srcPort, int dstPort, byte[] payload) {
        return frame(timestampNs, udpFrame(srcPort, dstPort, payload, false));
    }

    /** Appends a raw link-layer frame. */
    public PcapWriter frame(long timestampNs, byte[] frame) {
        ByteBuffer h = ByteBuffer.allocate(16).order(order);
        long sec = timestampNs / 1_000_000_000L;
        long frac = timestampNs % 1_000_000_000L;
        h.putInt((int) sec).putInt((int) (nanos ? frac : frac / 1_000)).putInt(frame.length).putInt(frame.length);
        out.writeBytes(h.array());
        out.writeBytes(frame);
        return this;
    }

    public byte[] bytes() {
        return out.toByteArray();
    }

    /** An Ethernet II frame (optionally 802.1Q-tagged) with IPv4 (no options) and UDP headers. */
    public static byte[] udpFrame(int srcPort, int dstPort, byte[] payload, boolean vlan) {
        int eth = vlan ? 18 : 14;
        ByteBuffer f = ByteBuffer.allocate(eth + 20 + 8 + payload.length); // network order
        f.put(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff});
        f.put(new byte[] {0x60, 0x76, (byte) 0x88, 0x00, 0x00, 0x01}); // Velodyne OUI
        if (vlan) {
            f.putShort((short) 0x8100).putShort((short) 7);
        }
        f.putShort((short) 0x0800);
        f.put((byte) 0x45).put((byte) 0).putShort((short) (20 + 8 + payload.length)).putShort((short) 0)
                .putShort((short) 0x4000).put((byte) 64).put((byte) 17).putShort((short) 0)
                .put(new byte[] {(byte) 192, (byte) 168, 1, (byte) 201}).put(new byte[] {(byte) 255, (byte) 255, (byte) 255, (byte) 255});
        f.putShort((short) srcPort).putShort((short) dstPort).putShort((short) (8 + payload.length)).putShort((short) 0);
        f.put(payload);
        return f.array();
    }
}
