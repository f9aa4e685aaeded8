package io.avstack.drivers.lidar;

import io.avstack.core.time.ReplayPacer;
import io.avstack.drivers.net.PcapException;
import io.avstack.drivers.net.PcapReader;
import io.avstack.drivers.net.UdpPacket;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Feeds a VLP-16 capture to a driver, as fast as it can be read or paced at the capture's rate by
 * a {@link ReplayPacer}. Datagrams to other ports are
 * ignored; the capture's record times resolve the sensor timestamps.
 */
public final class Vlp16PcapSource {

    /** What a replay saw. */
    public record Summary(long datagrams, long otherPorts, long nonUdpFrames, boolean truncatedTail) {
    }

    private Vlp16PcapSource() {
    }

    /** Replays {@code capture} as fast as possible. */
    public static Summary replay(Path capture, int udpPort, Vlp16Driver driver) throws PcapException, IOException {
        try {
            return replay(capture, udpPort, driver, ReplayPacer.AS_FAST_AS_POSSIBLE);
        } catch (InterruptedException e) {
            throw new AssertionError("an unpaced replay never waits", e);
        }
    }

    /** Replays {@code capture}, each datagram when {@code pacer} says its capture time is due. */
    public static Summary replay(Path capture, int udpPort, Vlp16Driver driver, ReplayPacer pacer)
            throws PcapException, IOException, InterruptedException {
        long datagrams = 0;
        long otherPorts = 0;
        UdpPacket packet = new UdpPacket();
        try (PcapReader reader = PcapReader.open(capture)) {
            while (reader.next(packet)) {
                if (packet.dstPort != udpPort) {
                    otherPorts++;
                    continue;
                }
                datagrams++;
                pacer.awaitDue(packet.timestampNs);
                driver.onPacket(packet.data, packet.offset, packet.length, packet.timestampNs);
            }
            driver.finish();
            return new Summary(datagrams, otherPorts, reader.skipped(), reader.truncatedTail());
        }
    }
}
