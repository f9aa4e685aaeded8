package io.avstack.drivers.net;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads UDP datagrams from a classic libpcap capture (microsecond or nanosecond magic, either byte
 * order, link type Ethernet with optional 802.1Q tags). Ethernet, IPv4 and UDP headers are parsed
 * here; IPv6, fragments and other protocols are skipped and counted. A truncated last record ends the
 * capture (counted), it never throws; only an unreadable global header is an error.
 */
public final class PcapReader implements AutoCloseable {

    private static final int MAGIC_US = 0xA1B2C3D4;
    private static final int MAGIC_NS = 0xA1B23C4D;
    private static final int LINKTYPE_ETHERNET = 1;
    private static final int ETHERTYPE_IPV4 = 0x0800;
    private static final int ETHERTYPE_VLAN = 0x8100;
    private static final int IP_PROTO_UDP = 17;
    /** Largest record accepted; a bigger length means a corrupt record header. */
    private static final int MAX_RECORD_BYTES = 256 * 1024;

    private final Path file;
    private final InputStream in;
    private final boolean swapped;
    private final boolean nanos;
    private final byte[] header = new byte[16];
    private byte[] frame = new byte[2048];
    private long records;
    private long skipped;
    private boolean truncatedTail;

    private PcapReader(Path file, InputStream in, boolean swapped, boolean nanos) {
        this.file = file;
        this.in = in;
        this.swapped = swapped;
        this.nanos = nanos;
    }

    public static PcapReader open(Path file) throws PcapException {
        InputStream in = null;
        try {
            in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
            byte[] global = in.readNBytes(24);
            if (global.length < 24) {
                throw new PcapException(file, "shorter than the 24-byte pcap global header (" + global.length + " bytes)");
            }
            int magicBe = be32(global, 0);
            int magicLe = Integer.reverseBytes(magicBe);
            boolean swapped;
            boolean nanos;
            if (magicLe == MAGIC_US || magicLe == MAGIC_NS) {
                swapped = true; // file is little-endian; we read big-endian by default
                nanos = magicLe == MAGIC_NS;
            } else if (magicBe == MAGIC_US || magicBe == MAGIC_NS) {
                swapped = false;
                nanos = magicBe == MAGIC_NS;
            } else {
                throw new PcapException(file, String.format("not a pcap file: magic 0x%08x", magicBe));
            }
            int linkType = swapped ? Integer.reverseBytes(be32(global, 20)) : be32(global, 20);
            if (linkType != LINKTYPE_ETHERNET) {
                throw new PcapException(file, "link type " + linkType + " is not Ethernet (1)");
            }
            return new PcapReader(file, in, swapped, nanos);
        } catch (IOException e) {
            closeQuietly(in);
            throw new PcapException(file, "cannot read: " + e.getMessage(), e);
        } catch (PcapException e) {
            closeQuietly(in);
            throw e;
        }
    }

    /**
     * Reads up to the next IPv4/UDP datagram into {@code dest}.
     *
     * @return false at the end of the capture (or at a truncated/corrupt tail, see {@link #truncatedTail()})
     */
    public boolean next(UdpPacket dest) throws IOException {
        while (true) {
            if (!readFully(header, 16, true)) {
                return false;
            }
            long sec = Integer.toUnsignedLong(i32(header, 0));
            long frac = Integer.toUnsignedLong(i32(header, 4));
            int inclLen = i32(header, 8);
            if (inclLen < 0 || inclLen > MAX_RECORD_BYTES) {
                truncatedTail = true;
                return false;
            }
            if (frame.length < inclLen) {
                frame = new byte[Math.max(inclLen, frame.length * 2)];
            }
            if (!readFully(frame, inclLen, false)) {
                return false;
            }
            records++;
            dest.timestampNs = sec * 1_000_000_000L + (nanos ? frac : frac * 1_000L);
            if (parseUdp(frame, inclLen, dest)) {
                return true;
            }
            skipped++;
        }
    }

    /** Frames read (any protocol). */
    public long records() {
        return records;
    }

    /** Frames that were not well-formed IPv4/UDP (other protocols, fragments, bad headers). */
    public long skipped() {
        return skipped;
    }

    /** Whether the capture ended inside a record (e.g. the writer was killed). */
    public boolean truncatedTail() {
        return truncatedTail;
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Ethernet (+802.1Q) / IPv4 / UDP; false if the frame is anything else or malformed. */
    static boolean parseUdp(byte[] f, int len, UdpPacket dest) {
        int at = 12;
        if (len < at + 2) {
            return false;
        }
        int etherType = be16(f, at);
        while (etherType == ETHERTYPE_VLAN) {
            at += 4;
            if (len < at + 2) {
                return false;
            }
            etherType = be16(f, at);
        }
        at += 2;
        if (etherType != ETHERTYPE_IPV4 || len < at + 20) {
            return false;
        }
        int version = (f[at] & 0xF0) >> 4;
        int ihl = (f[at] & 0x0F) * 4;
        int totalLen = be16(f, at + 2);
        int flagsFrag = be16(f, at + 6);
        boolean fragmented = (flagsFrag & 0x2000) != 0 || (flagsFrag & 0x1FFF) != 0;
        if (version != 4 || ihl < 20 || totalLen < ihl + 8 || at + totalLen > len || fragmented
                || (f[at + 9] & 0xFF) != IP_PROTO_UDP) {
            return false;
        }
        int udp = at + ihl;
        int udpLen = be16(f, udp + 4);
        if (udpLen < 8 || udpLen > totalLen - ihl) {
            return false;
        }
        dest.srcPort = be16(f, udp);
        dest.dstPort = be16(f, udp + 2);
        dest.data = f;
        dest.offset = udp + 8;
        dest.length = udpLen - 8;
        return true;
    }

    private boolean readFully(byte[] buf, int n, boolean atRecordStart) throws IOException {
        int got = in.readNBytes(buf, 0, n);
        if (got == n) {
            return true;
        }
        if (!(atRecordStart && got == 0)) {
            truncatedTail = true;
        }
        return false;
    }

    private int i32(byte[] b, int at) {
        int v = be32(b, at);
        return swapped ? Integer.reverseBytes(v) : v;
    }

    private static int be32(byte[] b, int at) {
        return (b[at] & 0xFF) << 24 | (b[at + 1] & 0xFF) << 16 | (b[at + 2] & 0xFF) << 8 | (b[at + 3] & 0xFF);
    }

    private static int be16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    private static void closeQuietly(InputStream in) {
        if (in != null) {
            try {
                in.close();
            } catch (IOException ignored) {
                // already failing; the original error is what matters
            }
        }
    }

}
