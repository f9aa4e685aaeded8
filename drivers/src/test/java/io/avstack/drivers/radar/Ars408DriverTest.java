package io.avstack.drivers.radar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.msg.RadarDetection;
import io.avstack.core.msg.RadarScan;
import io.avstack.drivers.can.CanFrame;
import io.avstack.drivers.can.CanFrameSource;
import io.avstack.drivers.can.CandumpSource;
import io.avstack.drivers.can.CandumpWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Ars408DriverTest {

    static final String TOPIC = TopicNames.topic("ego", StandardTopics.RADAR_FRONT);
    static final long T0 = 1_795_410_000_123_456_000L;
    private static final Ars408Encoder ENCODER = new Ars408Encoder(0);

    private final InProcessBus bus = InProcessBus.synchronous(TopicRegistry.standard("ego"));
    private final List<RadarScan> scans = new ArrayList<>();
    private final Ars408Driver driver = new Ars408Driver(bus, TOPIC, "radar_front", 0);

    Ars408DriverTest() {
        bus.subscribe(TOPIC, (t, m) -> scans.add((RadarScan) m));
    }

    static CanFrame status(long tNs, int objects, int counter) {
        return ENCODER.status(tNs, new Ars408.Status(objects, counter, 1));
    }

    static CanFrame general(long tNs, int objectId, double distLongM, double distLatM, double vrelLongMps,
                            double vrelLatMps, int dynProp, double rcsDbsm) {
        return ENCODER.general(tNs, new Ars408.General(objectId, distLongM, distLatM, vrelLongMps, vrelLatMps,
                Ars408.DynamicProperty.values()[dynProp], rcsDbsm));
    }

    static CanFrame extended(long tNs, int objectId, double arelLong, double arelLat, int cls, double orientDeg,
                             double lengthM, double widthM) {
        return ENCODER.extended(tNs, new Ars408.Extended(objectId, arelLong, arelLat, Ars408.ObjectType.values()[cls],
                orientDeg, lengthM, widthM));
    }

    private static String candumpLine(CanFrame f) {
        return CandumpWriter.line(f, "can0");
    }

    @Test
    void generalMessageDecodesToTheEncodedPhysicalValues() {
        Ars408.General g = Ars408.general(general(T0, 42, 35.4, -3.2, -7.25, 1.5, 1, 12.5));
        assertThat(g.objectId()).isEqualTo(42);
        assertThat(g.distLongM()).isCloseTo(35.4, within(1e-9));
        assertThat(g.distLatM()).isCloseTo(-3.2, within(1e-9));
        assertThat(g.vrelLongMps()).isCloseTo(-7.25, within(1e-9));
        assertThat(g.vrelLatMps()).isCloseTo(1.5, within(1e-9));
        assertThat(g.dynamicProperty()).isEqualTo(Ars408.DynamicProperty.STATIONARY);
        assertThat(g.rcsDbsm()).isCloseTo(12.5, within(1e-9));
        // range limits of the signals
        Ars408.General far = Ars408.general(general(T0, 0, 1138.2, 204.8, 127.75, 63.75, 7, 63.5));
        assertThat(far.distLongM()).isCloseTo(1138.2, within(1e-9));
        assertThat(far.distLatM()).isCloseTo(204.8, within(1e-9));
        assertThat(far.dynamicProperty()).isEqualTo(Ars408.DynamicProperty.STOPPED);
        Ars408.General near = Ars408.general(general(T0, 255, -500, -204.6, -128, -64, 0, -64));
        assertThat(near.distLongM()).isCloseTo(-500, within(1e-9));
        assertThat(near.rcsDbsm()).isCloseTo(-64, within(1e-9));
    }

    @Test
    void extendedMessageDecodes() {
        Ars408.Extended e = Ars408.extended(extended(T0, 7, -3.5, 0.75, 1, 12.4, 4.6, 1.8));
        assertThat(e.objectId()).isEqualTo(7);
        assertThat(e.arelLongMps2()).isCloseTo(-3.5, within(1e-9));
        assertThat(e.arelLatMps2()).isCloseTo(0.75, within(1e-9));
        assertThat(e.type()).isEqualTo(Ars408.ObjectType.CAR);
        assertThat(e.orientationDeg()).isCloseTo(12.4, within(1e-9));
        assertThat(e.lengthM()).isCloseTo(4.6, within(1e-9));
        assertThat(e.widthM()).isCloseTo(1.8, within(1e-9));
    }

    @Test
    void aCycleBecomesOneScanWithRangeAzimuthAndRadialSpeed() {
        driver.onFrame(status(T0, 2, 100));
        driver.onFrame(general(T0 + 1_000, 1, 30.0, 0.0, -5.0, 0.0, 0, 10.0));
        driver.onFrame(extended(T0 + 2_000, 1, 0, 0, 1, 0, 4.6, 1.8));
        driver.onFrame(general(T0 + 3_000, 2, 20.0, 20.0, -4.0, 2.0, 0, -5.0));

        assertThat(scans).hasSize(1);
        RadarScan scan = scans.get(0);
        assertThat(scan.header().stampNs()).isEqualTo(T0);
        assertThat(scan.header().valid()).isTrue();
        assertThat(scan.header().frameId()).isEqualTo("radar_front");
        RadarDetection ahead = scan.detections().get(0);
        assertThat(ahead.rangeM()).isCloseTo(30.0, within(1e-9));
        assertThat(ahead.azimuthRad()).isCloseTo(0.0, within(1e-12));
        assertThat(ahead.rangeRateMps()).isCloseTo(-5.0, within(1e-9));
        assertThat(ahead.rcsDbsm()).isCloseTo(10.0, within(1e-9));
        RadarDetection left = scan.detections().get(1);
        assertThat(left.rangeM()).isCloseTo(Math.hypot(20, 20), within(1e-9));
        assertThat(left.azimuthRad()).isCloseTo(Math.PI / 4, within(1e-9));
        assertThat(left.rangeRateMps()).isCloseTo((20 * -4.0 + 20 * 2.0) / Math.hypot(20, 20), within(1e-9));
    }

    @Test
    void anInterruptedCycleIsPublishedInvalidAndCounted() {
        driver.onFrame(status(T0, 3, 1));
        driver.onFrame(general(T0, 1, 10, 0, 0, 0, 0, 0));
        driver.onFrame(status(T0 + 70_000_000, 0, 2)); // next cycle before the 2 missing objects
        assertThat(scans).hasSize(2);
        assertThat(scans.get(0).header().valid()).isFalse();
        assertThat(scans.get(0).detections()).hasSize(1);
        assertThat(scans.get(1).detections()).isEmpty();
        assertThat(scans.get(1).header().valid()).isTrue();
        assertThat(driver.count(RadarRejection.INCOMPLETE_CYCLE)).isEqualTo(1);
    }

    @Test
    void badFramesAreDroppedAndCountedByReason() {
        assertThat(driver.onFrame(general(T0, 1, 10, 0, 0, 0, 0, 0))).isEqualTo(RadarRejection.NO_CYCLE);
        assertThat(driver.onFrame(new CanFrame(T0, Ars408.OBJECT_GENERAL_ID, false, new byte[5])))
                .isEqualTo(RadarRejection.WRONG_LENGTH);
        assertThat(driver.onFrame(new CanFrame(T0, 0x201, false, new byte[8]))).isEqualTo(RadarRejection.OTHER_ID);
        assertThat(driver.onFrame(new CanFrame(T0, Ars408.OBJECT_GENERAL_ID, true, new byte[8])))
                .isEqualTo(RadarRejection.OTHER_ID);
        assertThat(scans).isEmpty();
    }

    @Test
    void sensorIdShiftsTheMessageIds() {
        Ars408Driver radar3 = new Ars408Driver(bus, TOPIC, "radar_front", 3);
        CanFrame s = status(T0, 0, 1);
        assertThat(radar3.onFrame(s)).isEqualTo(RadarRejection.OTHER_ID);
        assertThat(radar3.onFrame(new CanFrame(T0, 0x63A, false, s.data()))).isEqualTo(RadarRejection.NONE);
        assertThat(scans).hasSize(1);
    }

    @Test
    void replaysACandumpLogWithBadLines(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(candumpLine(status(T0, 1, 5)));
        lines.add("garbage that is not a frame");
        lines.add(candumpLine(general(T0 + 500_000, 9, 50.0, -1.0, 0.5, 0.0, 0, 3.0)));
        lines.add("(1795410000.200000) can0 123##1AABB"); // CAN FD: unsupported
        lines.add(candumpLine(status(T0 + 72_000_000, 0, 6)));
        lines.add("(1795410000.3) can0 60B#0102"); // truncated payload for a general message
        Path log = dir.resolve("ars408.log");
        Files.write(log, lines);

        CanFrameSource.Summary s = CandumpSource.replay(log, driver::onFrame);
        driver.finish();

        assertThat(s.frames()).isEqualTo(4);
        assertThat(s.malformed()).isEqualTo(1);
        assertThat(s.unsupported()).isEqualTo(1);
        assertThat(driver.count(RadarRejection.WRONG_LENGTH)).isEqualTo(1);
        assertThat(scans).hasSize(2);
        assertThat(scans.get(0).header().stampNs()).isEqualTo(T0);
        assertThat(scans.get(0).detections().get(0).rangeM()).isCloseTo(Math.hypot(50, 1), within(1e-9));
    }

    @Test
    void randomAndMutatedFramesNeverEscapeTheDriver() {
        Random rng = new Random(408);
        for (int i = 0; i < 100_000; i++) {
            byte[] data = new byte[rng.nextInt(9)];
            rng.nextBytes(data);
            int id = i % 2 == 0 ? 0x60A + rng.nextInt(4) : rng.nextInt(0x800);
            driver.onFrame(new CanFrame(T0 + i, id, false, data));
        }
        long counted = 0;
        for (RadarRejection r : RadarRejection.values()) {
            if (r != RadarRejection.INCOMPLETE_CYCLE) {
                counted += driver.count(r);
            }
        }
        assertThat(counted).isEqualTo(100_000);
        assertThat(driver.scansPublished()).isPositive();
    }
}
