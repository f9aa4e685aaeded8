package io.avstack.vehicle.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.RadarDetection;
import io.avstack.core.msg.RadarScan;
import io.avstack.drivers.can.CanFrame;
import io.avstack.drivers.can.CandumpSource;
import io.avstack.drivers.radar.Ars408;
import io.avstack.drivers.radar.Ars408Driver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RadarCandumpExportTest {

    private static final long T_NS = SensorExport.EPOCH_NS + 500_000_000L;
    private static final double EGO_MPS = 10;

    @TempDir
    Path dir;

    @Test
    void detectionsBecomePointObjectsTheDriverDecodesBackWithTheirDynamicProperty() throws Exception {
        List<RadarDetection> detections = List.of(
                new RadarDetection(30, 0, 0, -EGO_MPS, 10),          // stationary: closes at the ego's speed
                new RadarDetection(20, 0.3, 0, -18, 5),              // approaching faster: oncoming
                new RadarDetection(40, -0.2, 0, 2, 0),               // pulling away: moving
                new RadarDetection(2_000, 0, 0, 0, 0));              // beyond Obj_DistLong: dropped
        Path log = dir.resolve("radar.log");
        try (RadarCandumpExport export = new RadarCandumpExport(log, 0)) {
            export.write(new RadarScan(Header.of("radar_front", 0, 0), detections), T_NS, EGO_MPS);
            assertThat(export.dropped()).isEqualTo(1);
            assertThat(export.frames()).isEqualTo(4);
        }
        List<CanFrame> frames = new ArrayList<>();
        CandumpSource.replay(log, frames::add);
        assertThat(frames).extracting(CanFrame::timestampNs)
                .containsExactly(T_NS, T_NS + 250_000, T_NS + 500_000, T_NS + 750_000);
        assertThat(frames.subList(1, 4)).extracting(f -> Ars408.general(f).dynamicProperty()).containsExactly(
                Ars408.DynamicProperty.STATIONARY, Ars408.DynamicProperty.ONCOMING, Ars408.DynamicProperty.MOVING);

        String topic = TopicNames.topic("ego", StandardTopics.RADAR_FRONT);
        InProcessBus bus = InProcessBus.synchronous(TopicRegistry.standard("ego"));
        List<RadarScan> scans = new ArrayList<>();
        bus.subscribe(topic, (t, m) -> scans.add((RadarScan) m));
        Ars408Driver driver = new Ars408Driver(bus, topic, "radar_front", 0);
        frames.forEach(driver::onFrame);
        assertThat(scans).hasSize(1);
        RadarScan got = scans.get(0);
        assertThat(got.header().stampNs()).isEqualTo(T_NS);
        assertThat(got.header().valid()).isTrue();
        assertThat(got.detections()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            RadarDetection want = detections.get(i);
            RadarDetection back = got.detections().get(i);
            assertThat(back.rangeM()).isCloseTo(want.rangeM(), within(0.15));
            assertThat(back.azimuthRad()).isCloseTo(want.azimuthRad(), within(0.15 / want.rangeM()));
            assertThat(back.rangeRateMps()).isCloseTo(want.rangeRateMps(), within(0.2));
            assertThat(back.rcsDbsm()).isCloseTo(want.rcsDbsm(), within(0.25));
        }
    }

    @Test
    void atMostAHundredObjectsGoOutPerCycle() throws Exception {
        List<RadarDetection> many = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            many.add(new RadarDetection(5 + i, 0, 0, 0, 0));
        }
        try (RadarCandumpExport export = new RadarCandumpExport(dir.resolve("many.log"), 0)) {
            export.write(new RadarScan(Header.of("radar_front", 3, 0), many), T_NS, 0);
            assertThat(export.frames()).isEqualTo(1 + RadarCandumpExport.MAX_OBJECTS);
            assertThat(export.dropped()).isEqualTo(30);
        }
        List<CanFrame> frames = new ArrayList<>();
        CandumpSource.replay(dir.resolve("many.log"), frames::add);
        assertThat(Ars408.status(frames.get(0)).objectCount()).isEqualTo(100);
    }
}
