package io.avstack.drivers.net;

/** Test access to the frame parser. */
public final class PcapReaderAccess {
    private PcapReaderAccess() {
    }

    public static boolean parseUdp(byte[] frame, UdpPacket dest) {
        return PcapReader.parseUdp(frame, frame.length, dest);
    }
}
