package io.avstack.system.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.log.DriveLogReader;
import io.avstack.core.log.LoggedRecord;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.Message;
import io.avstack.core.msg.RadarDetection;
import io.avstack.core.msg.RadarScan;
import io.avstack.system.CliHarness;
import io.avstack.vehicle.export.SensorExport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code avstack export} then {@code avstack run} with the shipped drivers config on the exported
 * files: the real drivers (VLP-16 pcap, ARS408 and vehicle CAN candump, camera MP4) must publish
 * what the simulator measured, within each wire format's resolution.
 */
class ExportDriversRunTest {

    private static final Path REPO = CliHarness.REPO;
    private static final double DURATION_S = 2;
    private static final String VEHICLE = "ego";

    @TempDir
    static Path tmp;

    private static final CliHarness cli = new CliHarness();
    /** By topic: stamp (ns since the epoch for the drivers, sim time for the ground truth) -> message. */
    private static Map<String, TreeMap<Long, Message>> truth;
    private static Map<String, TreeMap<Long, Message>> decoded;
    /** Every record's topic in the drivers' log, with how many there were. */
    private static final Map<String, Integer> topicCounts = new TreeMap<>();
    /** Nodes that published NodeHealth in the drivers' log. */
    private static final java.util.Set<String> healthNodes = new java.util.TreeSet<>();
    /** Each node's last NodeHealth in the log. */
    private static final Map<String, io.avstack.core.msg.NodeHealth> lastHealth = new TreeMap<>();

    @BeforeAll
    static void exportAShortDriveAndRunTheDriversOnIt() throws Exception {
        // the shipped config reads samples/ccrs/... under --base-dir: export there
        Path samples = tmp.resolve("samples/ccrs");
        int exported = cli.run("export", REPO.resolve("scenarios/ccrs.yaml").toString(), "--out", samples.toString(),
                "--param", "gapM=30", "--param", "egoSpeedKph=30", "--param", "overlapPct=100",
                "--duration-s", Double.toString(DURATION_S));
        assertThat(exported).as(cli.both()).isZero();
        // the config's stack reads scenarios/ccrs.yaml (and its road) under --base-dir too
        for (String dir : new String[] {"scenarios", "roads"}) {
            Files.createSymbolicLink(tmp.resolve(dir), REPO.resolve(dir).toAbsolutePath());
        }
        int ran = cli.run("run", "--config", REPO.resolve("config/run/drivers-files.yaml").toString(),
                "--base-dir", tmp.toString());
        assertThat(ran).as(cli.both()).isZero();
        assertThat(cli.out()).doesNotContain("driver input failed");
        truth = read(samples.resolve(SensorExport.GROUND_TRUTH_FILE));
        Path logs = tmp.resolve("out/run/drivers-logs");
        try (Stream<Path> files = Files.list(logs)) {
            List<Path> all = files.sorted().toList();
            assertThat(all).hasSize(1);
            decoded = read(all.get(0));
            try (DriveLogReader r = DriveLogReader.open(all.get(0))) {
                for (LoggedRecord rec = r.next(); rec != null; rec = r.next()) {
                    topicCounts.merge(rec.topic(), 1, Integer::sum);
                    if (rec.decode() instanceof io.avstack.core.msg.NodeHealth h) {
                        healthNodes.add(h.node());
                        lastHealth.put(h.node(), h);
                    }
                }
            }
        }
    }

    private static Map<String, TreeMap<Long, Message>> read(Path log) throws Exception {
        Map<String, TreeMap<Long, Message>> byTopic = new TreeMap<>();
        try (DriveLogReader r = DriveLogReader.open(log)) {
            assertThat(r.footer()).as("%s finished", log).isPresent();
            for (LoggedRecord rec = r.next(); rec != null; rec = r.next()) {
                Message m = rec.decode();
                byTopic.computeIfAbsent(rec.topic(), t -> new TreeMap<>()).put(stampNs(m), m);
            }
        }
        return byTopic;
    }

    private static long stampNs(Message m) {
        return switch (m) {
            case LidarScan s -> s.header().stampNs();
            case RadarScan s -> s.header().stampNs();
            case EgoState s -> s.header().stampNs();
            case CameraFrame f -> f.header().stampNs();
            default -> Long.MIN_VALUE; // not compared
        };
    }

    private static <T extends Message> List<T> messages(Map<String, TreeMap<Long, Message>> log, String topic, Class<T> type) {
        List<T> list = new ArrayList<>();
        for (Message m : log.getOrDefault(TopicNames.topic(VEHICLE, topic), new TreeMap<>()).values()) {
            list.add(type.cast(m));
        }
        return list;
    }

    private static <T extends Message> T decodedAt(String topic, long simNs, Class<T> type) {
        Message m = decoded.getOrDefault(TopicNames.topic(VEHICLE, topic), new TreeMap<>()).get(SensorExport.EPOCH_NS + simNs);
        assertThat(m).as("%s decoded at sim time %d ns", topic, simNs).isNotNull();
        return type.cast(m);
    }

    /**
     * The decoded lidar scan of the rotation measured at {@code simNs}: the driver stamps a scan with
     * its first return, which is a few microseconds later when the first lasers of the first firing
     * saw nothing (dropout).
     */
    private static LidarScan decodedRotation(long simNs) {
        var entry = decoded.get(TopicNames.topic(VEHICLE, StandardTopics.LIDAR_TOP)).ceilingEntry(SensorExport.EPOCH_NS + simNs);
        assertThat(entry).as("lidar scan decoded at sim time %d ns", simNs).isNotNull();
        assertThat(entry.getKey() - SensorExport.EPOCH_NS - simNs).as("first return's delay, ns").isLessThan(1_000_000);
        return (LidarScan) entry.getValue();
    }

    @Test
    void theStackProducedWorldModelsAndCommandsAndEveryNodeReportedItsHealth() {
        assertThat(topicCounts.getOrDefault(TopicNames.topic(VEHICLE, StandardTopics.OBJECTS), 0)).as(topicCounts.toString())
                .isPositive();
        assertThat(topicCounts.getOrDefault(TopicNames.topic(VEHICLE, StandardTopics.CONTROL_COMMAND), 0))
                .as(topicCounts.toString()).isPositive();
        assertThat(healthNodes).containsExactlyInAnyOrder("camera_front", "lidar_top", "radar_front", "ego_state",
                "fusion", "planning", "safety", "drive_log");
        // the last reports count every scan published and no rejected input (the files are clean)
        assertThat(lastHealth.get("lidar_top").messagesOut()).isEqualTo((long) (DURATION_S * 10) + 1);
        assertThat(lastHealth.get("lidar_top").messagesDropped()).isZero();
        assertThat(lastHealth.get("radar_front").messagesOut()).isEqualTo((long) (DURATION_S * 20) + 1);
        assertThat(lastHealth.get("radar_front").messagesDropped()).isZero();
        assertThat(lastHealth.get("fusion").messagesIn()).isPositive();
    }

    @Test
    void lidarScansHaveTheSimulatedPointsWithinTheVlp16sQuantisation() {
        List<LidarScan> expected = messages(truth, StandardTopics.LIDAR_TOP, LidarScan.class);
        assertThat(expected).hasSize((int) (DURATION_S * 10) + 1);
        assertThat(messages(decoded, StandardTopics.LIDAR_TOP, LidarScan.class)).hasSameSizeAs(expected);
        for (LidarScan want : expected) {
            LidarScan got = decodedRotation(want.header().stampNs());
            assertThat(got.pointCount()).as("points of the scan at %d ns", want.header().stampNs())
                    .isEqualTo(want.pointCount()).isGreaterThan(10_000);
            for (int p = 0; p < want.pointCount(); p++) {
                assertThat(got.ring()[p]).isEqualTo(want.ring()[p]);
                // 2 mm range steps (rounded: half a step, plus float rounding of the coordinates) and
                // the firing azimuth the decoder interpolates (measured: 1.0 mm, 1e-5 deg)
                assertThat(range(got, p)).isCloseTo(range(want, p), within(0.001 + 3e-5));
                assertThat(azimuthGapDeg(got, want, p)).isLessThan(0.001);
                assertThat(got.intensity(p)).isCloseTo(want.intensity(p), within(0.5f / 255 + 1e-6f));
            }
        }
    }

    @Test
    void radarScansHaveTheSimulatedDetectionsWithinTheArs408Resolution() {
        List<RadarScan> expected = messages(truth, StandardTopics.RADAR_FRONT, RadarScan.class);
        assertThat(expected).hasSize((int) (DURATION_S * 20) + 1);
        int detections = 0;
        for (RadarScan want : expected) {
            RadarScan got = decodedAt(StandardTopics.RADAR_FRONT, want.header().stampNs(), RadarScan.class);
            assertThat(got.header().valid()).isTrue();
            assertThat(got.detections()).hasSameSizeAs(want.detections());
            for (int i = 0; i < want.detections().size(); i++) {
                RadarDetection w = want.detections().get(i);
                RadarDetection g = got.detections().get(i);
                // 0.2 m steps in x and y, 0.25 m/s in both velocity components, 0.5 dB RCS (all rounded)
                assertThat(g.rangeM() * Math.cos(g.azimuthRad())).isCloseTo(w.rangeM() * Math.cos(w.azimuthRad()), within(0.1 + 1e-9));
                assertThat(g.rangeM() * Math.sin(g.azimuthRad())).isCloseTo(w.rangeM() * Math.sin(w.azimuthRad()), within(0.1 + 1e-9));
                assertThat(g.rangeM()).isCloseTo(w.rangeM(), within(0.15));
                assertThat(g.rangeRateMps()).isCloseTo(w.rangeRateMps(), within(0.2));
                assertThat(g.rcsDbsm()).isCloseTo(w.rcsDbsm(), within(0.25 + 1e-9));
                detections++;
            }
        }
        // the stopped car 30 m ahead, closing at the ego's speed, is in every cycle
        assertThat(detections).isGreaterThanOrEqualTo(expected.size());
        RadarScan first = decodedAt(StandardTopics.RADAR_FRONT, 0, RadarScan.class);
        assertThat(first.detections()).anySatisfy(d -> {
            assertThat(d.rangeM()).isBetween(20.0, 30.0);
            assertThat(d.rangeRateMps()).isCloseTo(-30 / 3.6, within(0.5));
        });
    }

    @Test
    void egoStatesFollowTheSimulatedSpeedProfile() {
        List<EgoState> expected = messages(truth, StandardTopics.EGO_STATE, EgoState.class);
        assertThat(expected).hasSize((int) (DURATION_S * 50) + 1);
        assertThat(messages(decoded, StandardTopics.EGO_STATE, EgoState.class)).hasSameSizeAs(expected);
        double speedStepMps = 0.01 / 3.6;
        for (EgoState want : expected) {
            EgoState got = decodedAt(StandardTopics.EGO_STATE, want.header().stampNs(), EgoState.class);
            assertThat(got.speedMps()).isCloseTo(want.speedMps(), within(speedStepMps / 2 + 1e-9));
            assertThat(got.yawRateRadps()).isCloseTo(want.yawRateRadps(), within(0.00005 + 1e-12));
            assertThat(got.steeringRad()).isCloseTo(want.steeringRad(), within(0.00005 + 1e-12));
            assertThat(got.accelMps2()).isCloseTo(want.accelMps2(), within(0.0005 + 1e-12));
        }
        assertThat(expected.get(0).speedMps()).isCloseTo(30 / 3.6, within(0.01));
    }

    @Test
    void cameraFramesArePublishedFromTheVideo() {
        List<CameraFrame> frames = messages(decoded, StandardTopics.CAMERA_FRONT, CameraFrame.class);
        assertThat(frames).hasSize((int) (DURATION_S * 10) + 1);
        assertThat(frames).allSatisfy(f -> {
            assertThat(f.widthPx()).isEqualTo(640);
            assertThat(f.heightPx()).isEqualTo(480);
        });
    }

    private static double range(LidarScan s, int p) {
        double x = s.x(p);
        double y = s.y(p);
        double z = s.z(p);
        return Math.sqrt(x * x + y * y + z * z);
    }

    /** Angle between the horizontal directions of point p in two scans, deg. */
    private static double azimuthGapDeg(LidarScan a, LidarScan b, int p) {
        double cross = a.x(p) * (double) b.y(p) - a.y(p) * (double) b.x(p);
        double dot = a.x(p) * (double) b.x(p) + a.y(p) * (double) b.y(p);
        return Math.abs(Math.toDegrees(Math.atan2(cross, dot)));
    }
}
