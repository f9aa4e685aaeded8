package io.avstack.drivers.lidar;

import static org.assertj.core.api.Assertions.assertThat;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.drivers.net.PcapException;
import io.avstack.drivers.net.PcapReader;
import io.avstack.drivers.net.PcapReaderAccess;
import io.avstack.drivers.net.PcapWriter;
import io.avstack.drivers.net.UdpPacket;
import java.io.ByteArrayOutputStream;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 1e5+ random and mutated inputs per decoder: every one is accepted or counted, none throws. */
class Vlp16FuzzTest {

    private static final int CASES = 100_000;

    @Test
    void randomAndMutatedPacketsNeverEscapeTheDriver() {
        Random rng = new Random(20261123);
        InProcessBus bus = InProcessBus.synchronous(TopicRegistry.standard("ego"));
        Vlp16Driver driver = new Vlp16Driver(bus, Vlp16DriverTest.TOPIC, "lidar_top");
        long accepted = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] p;
            if (i % 2 == 0) {
                p = Vlp16DriverTest.packet(i % 75, 0);
                for (int flips = 1 + rng.nextInt(8); flips > 0; flips--) {
                    p[rng.nextInt(p.length)] = (byte) rng.nextInt(256);
                }
            } else {
                p = new byte[i % 3 == 0 ? 1206 : rng.nextInt(1400)];
                rng.nextBytes(p);
            }
            if (driver.onPacket(p, 0, p.length, Vlp16DriverTest.HOUR_NS) == PacketRejection.NONE) {
                accepted++;
            }
        }
        assertThat(driver.packetsAccepted() + driver.packetsRejected()).isEqualTo(CASES);
        assertThat(accepted).isEqualTo(driver.packetsAccepted()).isPositive();
        assertThat(driver.packetsRejected()).isPositive();
    }

    @Test
    void mutatedCapturesNeverEscapeTheReader(@TempDir Path dir) throws Exception {
        Random rng = new Random(7);
        ByteArrayOutputStream capture = new ByteArrayOutputStream();
        PcapWriter w = new PcapWriter(capture, ByteOrder.LITTLE_ENDIAN, false);
        for (int i = 0; i < 20; i++) {
            w.udp(Vlp16DriverTest.HOUR_NS + i, 2368, Vlp16.UDP_PORT, Vlp16DriverTest.packet(i, 0));
        }
        byte[] clean = capture.toByteArray();
        Path file = dir.resolve("fuzz.pcap");
        UdpPacket packet = new UdpPacket();
        int readable = 0;
        for (int i = 0; i < 2_000; i++) { // each file holds 20 frames: 40,000 mutated frames in all
            byte[] bytes = clean.clone();
            for (int flips = 1 + rng.nextInt(20); flips > 0; flips--) {
                bytes[rng.nextInt(bytes.length)] = (byte) rng.nextInt(256);
            }
            Files.write(file, bytes);
            try (PcapReader reader = PcapReader.open(file)) {
                readable++;
                Vlp16Driver driver = new Vlp16Driver(InProcessBus.synchronous(TopicRegistry.standard("ego")),
                        Vlp16DriverTest.TOPIC, "lidar_top");
                while (reader.next(packet)) {
                    driver.onPacket(packet.data, packet.offset, packet.length, packet.timestampNs);
                }
            } catch (PcapException e) {
                assertThat(e).hasMessageContaining("fuzz.pcap");
            }
        }
        assertThat(readable).isPositive();
    }

    @Test
    void randomFramesNeverEscapeTheUdpParser() {
        Random rng = new Random(11);
        UdpPacket packet = new UdpPacket();
        int udp = 0;
        for (int i = 0; i < CASES; i++) {
            byte[] frame;
            if (i % 2 == 0) {
                frame = PcapWriter.udpFrame(2368, 2368, new byte[rng.nextInt(64)], i % 4 == 0);
                for (int flips = 1 + rng.nextInt(4); flips > 0; flips--) {
                    frame[rng.nextInt(frame.length)] = (byte) rng.nextInt(256);
                }
            } else {
                frame = new byte[rng.nextInt(200)];
                rng.nextBytes(frame);
            }
            if (PcapReaderAccess.parseUdp(frame, packet)) {
                udp++;
                assertThat(packet.offset + packet.length).isLessThanOrEqualTo(frame.length);
                assertThat(packet.length).isNotNegative();
            }
        }
        assertThat(udp).isPositive();
    }
}
