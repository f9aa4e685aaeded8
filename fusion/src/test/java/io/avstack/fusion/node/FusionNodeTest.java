package io.avstack.fusion.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.avstack.core.bus.InProcessBus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Detection3D;
import io.avstack.core.msg.Detections2D;
import io.avstack.core.msg.Detections3D;
import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ImageEncoding;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.RadarScan;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.WorldModel;
import io.avstack.core.time.ManualClock;
import io.avstack.fusion.Fixtures;
import io.avstack.fusion.detect.LidarStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The node on a synchronous bus (lockstep) and in threaded mode, with stub detector stages. */
class FusionNodeTest {

    private static final String V = "ego";
    private final InProcessBus bus = InProcessBus.synchronous(StandardTopics.registry(V));
    private final ManualClock clock = new ManualClock(0);
    private final List<WorldModel> models = new ArrayList<>();
    private final List<Detections3D> boxes = new ArrayList<>();
    private final List<Detections2D> boxes2d = new ArrayList<>();
    private FusionNode node;

    /** A lidar stage reporting one car 20 m ahead of the vehicle, moving with the ego. */
    private static final LidarStage ONE_CAR = scan -> new Detections3D(
            new Header("base_link", scan.header().seq(), scan.header().stampNs(), scan.header().valid()),
            List.of(new Detection3D(ObjectClass.CAR, 0.9, 20, 0, 0.75, new Dimensions(4.6, 1.85, 1.5), 0,
                    Optional.empty())));

    private void start(LidarStage lidar, boolean threaded) {
        bus.subscribe(TopicNames.topic(V, StandardTopics.OBJECTS), (t, m) -> models.add((WorldModel) m));
        bus.subscribe(TopicNames.topic(V, StandardTopics.DETECTIONS_3D), (t, m) -> boxes.add((Detections3D) m));
        bus.subscribe(TopicNames.topic(V, StandardTopics.DETECTIONS_2D_FRONT), (t, m) -> boxes2d.add((Detections2D) m));
        node = FusionNode.builder().setBus(bus).setClock(clock).setTransforms(Fixtures.tree())
                .setConfig(Fixtures.config()).optLidar(lidar).optThreaded(threaded).build();
    }

    @AfterEach
    void close() {
        if (node != null) {
            node.close();
        }
        bus.close();
    }

    /** Runs {@code seconds} of ego states at 50 Hz and lidar scans at 10 Hz in lockstep. */
    private void drive(double seconds) {
        for (long t = 0; t <= Math.round(seconds * 1e9); t += 20_000_000L) {
            clock.setNs(t);
            bus.publish(TopicNames.topic(V, StandardTopics.EGO_STATE), Fixtures.ego(t, 10 * t / 1e9, 0, 0, 10));
            if (t % 100_000_000L == 0) {
                bus.publish(TopicNames.topic(V, StandardTopics.LIDAR_TOP),
                        new LidarScan(Header.of("lidar_top", t / 100_000_000L, t), new float[0], new int[0]));
            }
        }
    }

    @Test
    void publishesWorldModelsOnTimeWithTracksEgoAndSensorHealth() {
        start(ONE_CAR, false);
        drive(2.0);
        assertThat(models).hasSize(21); // 0.0, 0.1, ..., 2.0 s
        assertThat(models).extracting(m -> m.header().stampNs()).allMatch(s -> s % 100_000_000L == 0);
        WorldModel last = models.get(models.size() - 1);
        assertThat(last.header().frameId()).isEqualTo("map");
        assertThat(last.header().valid()).isTrue();
        assertThat(last.sensorsExpectedMask()).isEqualTo(TrackedObject.SENSOR_LIDAR);
        assertThat(last.sensorsAliveMask()).isEqualTo(TrackedObject.SENSOR_LIDAR);
        assertThat(last.ego()).isPresent();
        assertThat(last.ego().get().pose().xM()).isCloseTo(20.0, within(1e-6));
        assertThat(last.objects()).singleElement().satisfies(o -> {
            assertThat(o.trackId()).isEqualTo(1);
            assertThat(o.xM()).isCloseTo(20 + 20, within(0.3)); // ego x + box x (boxes in base_link)
            assertThat(o.velocity().vxMps()).isCloseTo(10, within(0.3));
        });
        assertThat(boxes).hasSize(21);
    }

    @Test
    void aSilentSensorIsReportedMissingAndTheModelSaysSo() {
        start(ONE_CAR, false);
        drive(1.0);
        // ego keeps coming, the lidar goes silent for 2 s
        for (long t = 1_020_000_000L; t <= 3_000_000_000L; t += 20_000_000L) {
            clock.setNs(t);
            bus.publish(TopicNames.topic(V, StandardTopics.EGO_STATE), Fixtures.ego(t, 10 * t / 1e9, 0, 0, 10));
        }
        WorldModel last = models.get(models.size() - 1);
        assertThat(last.missingSensorsMask()).isEqualTo(TrackedObject.SENSOR_LIDAR);
        assertThat(last.header().valid()).as("no expected sensor alive").isFalse();
    }

    @Test
    void aFailingDetectorIsCountedMarksItsSensorDeadAndNeverThrows() {
        AtomicBoolean fail = new AtomicBoolean();
        start(scan -> {
            if (fail.get()) {
                throw new IllegalStateException("boom");
            }
            return ONE_CAR.detect(scan);
        }, false);
        drive(0.5);
        fail.set(true);
        clock.setNs(600_000_000L);
        bus.publish(TopicNames.topic(V, StandardTopics.LIDAR_TOP),
                new LidarScan(Header.of("lidar_top", 6, 600_000_000L), new float[0], new int[0]));
        bus.publish(TopicNames.topic(V, StandardTopics.EGO_STATE), Fixtures.ego(600_000_000L, 6, 0, 0, 10));
        assertThat(node.failures()).isEqualTo(1);
        WorldModel last = models.get(models.size() - 1);
        assertThat(last.header().stampNs()).isEqualTo(600_000_000L);
        assertThat(last.sensorsAliveMask()).isZero();
        assertThat(boxes.get(boxes.size() - 1).header().valid()).isFalse();
    }

    @Test
    void emptyAndInvalidInputsAreHandledQuietly() {
        start(ONE_CAR, false);
        clock.setNs(0);
        bus.publish(TopicNames.topic(V, StandardTopics.LIDAR_TOP), // before any ego state
                new LidarScan(Header.of("lidar_top", 0, 0), new float[0], new int[0]));
        bus.publish(TopicNames.topic(V, StandardTopics.LIDAR_TOP),
                new LidarScan(new Header("lidar_top", 1, 0, false), new float[0], new int[0]));
        assertThat(node.engine().framesWithoutEgo()).isEqualTo(1);
        assertThat(node.engine().invalidFrames()).isEqualTo(1);
        assertThat(node.summary()).contains("0 by the full inbox, 1 invalid").contains("1 before any ego state");
        assertThat(models).singleElement().satisfies(m -> {
            assertThat(m.header().valid()).as("no ego pose yet").isFalse();
            assertThat(m.ego()).isEmpty();
        });
    }

    @Test
    void cameraBoxesArePublishedAndInvalidFramesAnsweredInvalid() {
        bus.subscribe(TopicNames.topic(V, StandardTopics.DETECTIONS_2D_FRONT), (t, m) -> boxes2d.add((Detections2D) m));
        node = FusionNode.builder().setBus(bus).setClock(clock).setTransforms(Fixtures.tree())
                .setConfig(Fixtures.config()).optCamera(frame -> List.of()).build();
        byte[] black = new byte[4 * 4 * 3];
        bus.publish(TopicNames.topic(V, StandardTopics.CAMERA_FRONT),
                new CameraFrame(new Header("camera_front", 0, 0, false), 4, 4, ImageEncoding.RGB8, "camera_front", black));
        assertThat(boxes2d).singleElement().satisfies(d -> {
            assertThat(d.header().valid()).isFalse();
            assertThat(d.header().frameId()).isEqualTo("camera_front");
        });
    }

    @Test
    void aStageForAnUncalibratedSensorIsRejectedAtBuild() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FusionNode.builder().setBus(bus).setClock(clock)
                        .setTransforms(Fixtures.tree()).setConfig(Fixtures.config()).optLidar(ONE_CAR)
                        .optSensorIds(new SensorIds("camera_front", "roof_lidar", "radar_front")).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("roof_lidar");
    }

    @Test
    void threadedModeDropsStaleFramesWhileTheDetectorIsBusyAndStillPublishes() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<Long> detected = new CopyOnWriteArrayList<>();
        CountDownLatch published = new CountDownLatch(3);
        CountDownLatch fifth = new CountDownLatch(1);
        // a synchronous bus hands every frame straight to the node: the drops below are the worker's own
        bus.subscribe(TopicNames.topic(V, StandardTopics.OBJECTS), (t, m) -> published.countDown());
        node = FusionNode.builder().setBus(bus).setClock(clock).setTransforms(Fixtures.tree())
                .setConfig(Fixtures.config()).optThreaded(true).optLidar(scan -> {
                    detected.add(scan.header().seq());
                    entered.countDown();
                    if (scan.header().seq() == 5) {
                        fifth.countDown();
                    }
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return ONE_CAR.detect(scan);
                }).build();
        try {
            String lidar = TopicNames.topic(V, StandardTopics.LIDAR_TOP);
            bus.publish(lidar, new LidarScan(Header.of("lidar_top", 0, 0), new float[0], new int[0]));
            assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 1; i <= 5; i++) { // arrive while the detector is busy: only the newest survives
                bus.publish(lidar, new LidarScan(Header.of("lidar_top", i, 0), new float[0], new int[0]));
            }
            assertThat(node.droppedFrames(TrackedObject.SENSOR_LIDAR)).isEqualTo(4);
            release.countDown();
            assertThat(fifth.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 100 && published.getCount() > 0; i++) {
                clock.setNs(clock.nowNs() + 100_000_000L); // the fusion thread publishes on the clock, input or not
                published.await(100, TimeUnit.MILLISECONDS);
            }
            assertThat(published.getCount()).as("world models keep coming").isZero();
            assertThat(detected).containsExactly(0L, 5L);
        } finally {
            release.countDown();
        }
    }

    @Test
    void radarScansAreClusteredAndFused() {
        models.clear();
        bus.subscribe(TopicNames.topic(V, StandardTopics.OBJECTS), (t, m) -> models.add((WorldModel) m));
        node = FusionNode.builder().setBus(bus).setClock(clock).setTransforms(Fixtures.tree())
                .setConfig(Fixtures.config()).optRadar(scan -> List.of()).build();
        clock.setNs(0);
        bus.publish(TopicNames.topic(V, StandardTopics.EGO_STATE), Fixtures.ego(0, 0, 0, 0, 0));
        bus.publish(TopicNames.topic(V, StandardTopics.RADAR_FRONT), new RadarScan(Header.of("radar_front", 0, 0), List.of()));
        assertThat(models).singleElement().extracting(WorldModel::sensorsExpectedMask).isEqualTo(TrackedObject.SENSOR_RADAR);
    }
}
