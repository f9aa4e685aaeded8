package io.avstack.drivers.lidar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.msg.LidarScan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class Vlp16PacketStreamTest {

    /** 2026-01-01T00:59:59.95Z: the rotation below crosses the top of the hour. */
    private static final long T0_NS = 1_767_229_199_950_000_000L;
    private static final long FIRING_NS = 55_296;

    record Sent(long timeNs, byte[] payload) {
    }

    @Test
    void aRotationOfFiringsBecomesPacketsTheDriverTurnsBackIntoTheSamePoints() throws Exception {
        List<Sent> sent = new ArrayList<>();
        Vlp16PacketStream stream = new Vlp16PacketStream((t, p) -> sent.add(new Sent(t, p)));
        int[] distance = new int[16];
        int[] reflectivity = new int[16];
        for (int k = 0; k < 1800 + 24; k++) { // one rotation of 0.2 deg firings, then one packet of the next
            for (int laser = 0; laser < 16; laser++) {
                distance[laser] = k % 7 == laser + 1 ? 0 : 2_500 + 10 * laser + k % 1800; // some lasers see nothing
                reflectivity[laser] = (k + laser) % 256;
            }
            stream.firing(T0_NS + k * FIRING_NS, (20 * k) % 36_000, distance, reflectivity);
        }
        assertThat(sent).hasSize(76);
        assertThat(stream.packets()).isEqualTo(76);
        assertThat(sent.get(1).timeNs()).isEqualTo(T0_NS + 24 * FIRING_NS);

        InProcessBus bus = InProcessBus.synchronous(TopicRegistry.standard("ego"));
        List<LidarScan> scans = new ArrayList<>();
        bus.subscribe(Vlp16DriverTest.TOPIC, (topic, m) -> scans.add((LidarScan) m));
        Vlp16Driver driver = new Vlp16Driver(bus, Vlp16DriverTest.TOPIC, "lidar_top");
        for (Sent s : sent) {
            assertThat(driver.onPacket(s.payload(), 0, s.payload().length, s.timeNs())).isEqualTo(PacketRejection.NONE);
        }
        assertThat(scans).hasSize(1);
        LidarScan scan = scans.get(0);
        assertThat(scan.header().stampNs()).isEqualTo(T0_NS); // whole microseconds, across the hour
        int expected = 0;
        for (int k = 0; k < 1800; k++) {
            for (int laser = 0; laser < 16; laser++) {
                if (k % 7 == laser + 1) {
                    continue;
                }
                double range = 0.002 * (2_500 + 10 * laser + k);
                double azimuthDeg = 0.2 * k + 0.4 * laser * Vlp16.LASER_INTERVAL_US / (2 * Vlp16.FIRING_SEQUENCE_US);
                double el = Math.toRadians(Vlp16.elevationDeg(laser));
                int p = expected++;
                assertThat(scan.ring()[p]).isEqualTo(Vlp16.ring(laser));
                assertThat((double) scan.x(p)).isCloseTo(range * Math.cos(el) * Math.cos(Math.toRadians(azimuthDeg)), within(1e-4));
                assertThat((double) scan.y(p)).isCloseTo(-range * Math.cos(el) * Math.sin(Math.toRadians(azimuthDeg)), within(1e-4));
                assertThat((double) scan.z(p)).isCloseTo(range * Math.sin(el), within(1e-4));
                assertThat(scan.intensity(p)).isEqualTo(((k + laser) % 256) / 255f);
            }
        }
        assertThat(scan.pointCount()).isEqualTo(expected);
    }

    @Test
    void flushPadsAPartialPacketWithEmptyBlocksContinuingTheAzimuth() throws Exception {
        List<byte[]> sent = new ArrayList<>();
        Vlp16PacketStream stream = new Vlp16PacketStream((t, p) -> sent.add(p));
        stream.flush();
        assertThat(sent).isEmpty();
        int[] d = new int[16];
        Arrays.fill(d, 1_000);
        for (int k = 0; k < 5; k++) {
            stream.firing(k * FIRING_NS, 35_960 + 20 * k - (k >= 2 ? 36_000 : 0), d, new int[16]);
        }
        stream.flush();
        assertThat(sent).hasSize(1);
        List<Integer> azimuths = new ArrayList<>();
        int[] points = {0};
        PacketRejection r = new Vlp16PacketDecoder().decode(sent.get(0), 0, 1206, (x, y, z, i, ring, az, t) -> {
            points[0]++;
            if (ring == 0) {
                azimuths.add(az);
            }
        });
        assertThat(r).isEqualTo(PacketRejection.NONE);
        assertThat(points[0]).isEqualTo(5 * 16);
        assertThat(azimuths).containsExactly(35_960, 35_980, 0, 20, 40);
        int lastBlockAzimuth = (sent.get(0)[11 * 100 + 2] & 0xFF) | (sent.get(0)[11 * 100 + 3] & 0xFF) << 8;
        assertThat(lastBlockAzimuth).isEqualTo(40 * 10);
    }

    @Test
    void encoderHelpersQuantiseAndRejectWhatTheWireCannotCarry() {
        assertThat(Vlp16PacketEncoder.distanceRaw(10.0)).isEqualTo(5_000);
        assertThat(Vlp16PacketEncoder.distanceRaw(10.001)).isEqualTo(5_001); // rounded, not truncated
        assertThat(Vlp16PacketEncoder.distanceRaw(131.2)).as("beyond the field: no echo").isZero();
        assertThat(Vlp16PacketEncoder.reflectivity(0.5)).isEqualTo(128);
        assertThat(Vlp16PacketEncoder.reflectivity(1.5)).isEqualTo(255);
        assertThatThrownBy(() -> Vlp16PacketEncoder.distanceRaw(Double.NaN)).hasMessageContaining("rangeM");
        Vlp16PacketEncoder e = new Vlp16PacketEncoder();
        assertThatThrownBy(() -> e.azimuth(0, 36_000)).hasMessageContaining("azimuthRaw");
        assertThatThrownBy(() -> e.ret(0, 2, 0, 1, 1)).hasMessageContaining("firing");
        assertThatThrownBy(() -> e.ret(0, 0, 16, 1, 1)).hasMessageContaining("laser");
        assertThatThrownBy(() -> e.ret(0, 0, 0, 70_000, 1)).hasMessageContaining("distanceRaw");
        assertThatThrownBy(() -> e.timestampUs(Vlp16.US_PER_HOUR)).hasMessageContaining("timestampUs");
        assertThatThrownBy(() -> e.returnMode(0x40)).hasMessageContaining("returnMode");
        assertThat(Vlp16PacketStream.usPastHour(T0_NS)).isEqualTo(3_599_950_000L);
    }
}
