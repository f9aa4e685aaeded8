package io.avstack.drivers.lidar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.time.ManualClock;
import io.avstack.drivers.net.PcapException;
import io.avstack.drivers.net.PcapWriter;
import java.io.ByteArrayOutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Vlp16DriverTest {

    static final String TOPIC = TopicNames.topic("ego", StandardTopics.LIDAR_TOP);
    /** 2026-11-23T05:00:00Z, the top of an hour, ns. */
    static final long HOUR_NS = 1_795_410_000_000_000_000L;
    /** 600 rpm: 12 blocks x 2 firings x 55.296 us per packet -> 0.2 deg per firing -> 40 raw per block. */
    static final int STEP_RAW = 40;
    static final int PACKETS_PER_TURN = 36_000 / (12 * STEP_RAW); // 75
    static final long PACKET_US = 1_327; // 24 x 55.296 us

    private final InProcessBus bus = InProcessBus.synchronous(TopicRegistry.standard("ego"));
    private final List<LidarScan> scans = new ArrayList<>();
    private final Vlp16Driver driver = new Vlp16Driver(bus, TOPIC, "lidar_top");

    Vlp16DriverTest() {
        bus.subscribe(TOPIC, (t, m) -> scans.add((LidarScan) m));
    }

    /** Packet {@code i} of a steady rotation starting at azimuth 0, every return at 10 m. */
    static byte[] packet(int i, long startUs) {
        return new Vlp16PacketEncoder().azimuths((i * 12 * STEP_RAW) % 36_000, STEP_RAW).allReturns(5_000, 100)
                .timestampUs(startUs + i * PACKET_US).build();
    }

    @Test
    void fullRotationsBecomeScansStampedWithTheirFirstPoint() {
        long startUs = 1_000_000;
        for (int i = 0; i < 2 * PACKETS_PER_TURN + 5; i++) {
            assertThat(driver.onPacket(packet(i, startUs), 0, 1206, HOUR_NS + 10_000_000_000L)).isEqualTo(PacketRejection.NONE);
        }
        assertThat(scans).hasSize(2);
        LidarScan first = scans.get(0);
        assertThat(first.pointCount()).isEqualTo(PACKETS_PER_TURN * 12 * 32);
        assertThat(first.header().stampNs()).isEqualTo(HOUR_NS + startUs * 1_000);
        assertThat(first.header().seq()).isZero();
        assertThat(first.header().valid()).isTrue();
        assertThat(first.header().frameId()).isEqualTo("lidar_top");
        assertThat(scans.get(1).header().seq()).isEqualTo(1);
        assertThat(scans.get(1).header().stampNs()).isEqualTo(HOUR_NS + (startUs + PACKETS_PER_TURN * PACKET_US) * 1_000);
        for (int p = 0; p < first.pointCount(); p++) {
            double r = Math.sqrt(first.x(p) * first.x(p) + first.y(p) * first.y(p) + first.z(p) * first.z(p));
            assertThat(r).isCloseTo(10.0, org.assertj.core.api.Assertions.within(1e-4));
        }
        assertThat(Arrays.stream(first.ring()).distinct().count()).isEqualTo(16);
        driver.finish();
        assertThat(scans).hasSize(3);
        assertThat(scans.get(2).header().valid()).as("a partial rotation is marked invalid").isFalse();
    }

    @Test
    void badPacketsAreCountedAndNeverStopTheDriver() {
        byte[] bad = packet(0, 0);
        bad[100] = 0;
        driver.onPacket(bad, 0, bad.length, HOUR_NS);
        driver.onPacket(new byte[10], 0, 10, HOUR_NS);
        driver.onPacket(packet(1, 0), 0, 1206, HOUR_NS);
        assertThat(driver.packetsRejected(PacketRejection.BAD_BLOCK_FLAG)).isEqualTo(1);
        assertThat(driver.packetsRejected(PacketRejection.WRONG_LENGTH)).isEqualTo(1);
        assertThat(driver.packetsRejected()).isEqualTo(2);
        assertThat(driver.packetsAccepted()).isEqualTo(1);
    }

    @Test
    void hourRolloverResolvesToTheNearestHour() {
        long late = 3_599_999_000L; // 59:59.999 past the hour
        assertThat(HourTimestamps.resolveNs(late, HOUR_NS + 1_000_000)).isEqualTo(HOUR_NS - 1_000_000);
        assertThat(HourTimestamps.resolveNs(1_000, HOUR_NS - 1_000_000)).isEqualTo(HOUR_NS + 1_000_000);
        assertThat(HourTimestamps.resolveNs(1_800_000_000L, HOUR_NS + 1_800_000_000_000L)).isEqualTo(HOUR_NS + 1_800_000_000_000L);
    }

    @Test
    void replaysACaptureWithOtherTrafficAndATornTail(@TempDir Path dir) throws Exception {
        for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
            for (boolean nanos : new boolean[] {false, true}) {
                scans.clear();
                Vlp16Driver d = new Vlp16Driver(bus, TOPIC, "lidar_top");
                ByteArrayOutputStream capture = new ByteArrayOutputStream();
                PcapWriter w = new PcapWriter(capture, order, nanos);
                for (int i = 0; i < PACKETS_PER_TURN + 3; i++) {
                    w.udp(HOUR_NS + i * PACKET_US * 1_000, 2368, Vlp16.UDP_PORT, packet(i, 0));
                    if (i == 10) {
                        w.udp(HOUR_NS, 8308, 8308, new byte[512]); // a position packet: other port
                        w.frame(HOUR_NS, new byte[60]);            // not IPv4
                    }
                }
                byte[] bytes = capture.toByteArray();
                Path file = dir.resolve("vlp16-" + order + nanos + ".pcap");
                Files.write(file, Arrays.copyOf(bytes, bytes.length - 700)); // writer killed mid-record
                Vlp16PcapSource.Summary s = Vlp16PcapSource.replay(file, Vlp16.UDP_PORT, d);
                assertThat(s.datagrams()).isEqualTo(PACKETS_PER_TURN + 2);
                assertThat(s.otherPorts()).isEqualTo(1);
                assertThat(s.nonUdpFrames()).isEqualTo(1);
                assertThat(s.truncatedTail()).isTrue();
                assertThat(scans).hasSize(2);
                assertThat(scans.get(0).pointCount()).isEqualTo(PACKETS_PER_TURN * 12 * 32);
                assertThat(scans.get(0).header().stampNs()).isEqualTo(HOUR_NS);
            }
        }
    }

    @Test
    void aFileThatIsNotACaptureIsAnErrorNamingIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "this is not a packet capture at all");
        assertThatThrownBy(() -> Vlp16PcapSource.replay(file, Vlp16.UDP_PORT, driver))
                .isInstanceOf(PcapException.class).hasMessageContaining("notes.txt").hasMessageContaining("magic");
    }

    @Test
    void liveUdpPacketsBecomeScans() throws Exception {
        List<LidarScan> live = new CopyOnWriteArrayList<>();
        InProcessBus async = InProcessBus.asynchronous(TopicRegistry.standard("ego"));
        async.subscribe(TOPIC, (t, m) -> live.add((LidarScan) m));
        Vlp16Driver d = new Vlp16Driver(async, TOPIC, "lidar_top");
        ManualClock clock = new ManualClock(HOUR_NS + 5_000_000_000L);
        try (Vlp16UdpSource source = Vlp16UdpSource.start("127.0.0.1", 0, d, clock);
             DatagramSocket sender = new DatagramSocket()) {
            for (int i = 0; i <= PACKETS_PER_TURN; i++) {
                byte[] p = packet(i, 0);
                sender.send(new DatagramPacket(p, p.length, InetAddress.getLoopbackAddress(), source.port()));
                if (i % 10 == 0) {
                    TimeUnit.MILLISECONDS.sleep(2); // stay well inside the socket buffer
                }
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (live.isEmpty() && System.nanoTime() < deadline) {
                TimeUnit.MILLISECONDS.sleep(10);
            }
        } finally {
            async.close();
        }
        assertThat(live).hasSize(1);
        assertThat(live.get(0).pointCount()).isEqualTo(PACKETS_PER_TURN * 12 * 32);
        assertThat(d.packetsRejected()).isZero();
    }
}
