package io.avstack.fusion.node;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.RateLimitedLog;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.SubscribeOptions;
import io.avstack.core.bus.Subscription;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Detection2D;
import io.avstack.core.msg.Detections2D;
import io.avstack.core.msg.Detections3D;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.Message;
import io.avstack.core.msg.RadarScan;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.WorldModel;
import io.avstack.core.time.Clock;
import io.avstack.fusion.detect.CameraStage;
import io.avstack.fusion.detect.LidarStage;
import io.avstack.fusion.detect.RadarStage;
import io.avstack.perception.camera.CameraDetection;
import io.avstack.perception.camera.CameraRangeModel;
import io.avstack.perception.radar.RadarObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fusion node: subscribes to the camera, lidar, radar and ego-state topics, runs each sensor's
 * detector stage, publishes the camera boxes on {@code perception/detections2d/front} and the lidar
 * boxes on {@code perception/detections3d}, fuses everything in a {@link FusionEngine} and
 * publishes a {@link WorldModel} (frame {@code map}, ego state, sensor masks) on
 * {@code fusion/objects} at {@code publishRateHz}, on multiples of its period; or, in threaded mode
 * with {@link FusionNodeBuilder#optPublishOnResults}, as soon as a detector result has been fused
 * (at most {@code maxRateHz}, at least {@code publishRateHz}: {@link ResultPublishing}).
 *
 * <p>Two execution modes ({@link FusionNodeBuilder#optThreaded}):
 * <ul>
 *   <li>synchronous (default; lockstep simulation and replay): detection and fusion run inside the
 *       bus handler, under one lock, so a synchronous bus gives deterministic output; a world model
 *       is published by the first input at or after its due time;</li>
 *   <li>threaded (onboard): each detector runs on its own {@link io.avstack.fusion.detect.DetectorWorker}
 *       with a latest-wins slot (stale frames dropped and counted); one fusion thread owns the engine,
 *       drains a bounded inbox and publishes on time even when no input arrives.</li>
 * </ul>
 * Handlers never throw: detector and fusion failures are counted and logged rate-limited; a failed
 * detector marks its sensor not alive for that cycle. The node owns the stages and closes them.
 */
public final class FusionNode implements AutoCloseable {

    private final Bus bus;
    private final Clock clock;
    private final FusionEngine engine;
    private final CameraStage cameraStage;
    private final LidarStage lidarStage;
    private final RadarStage radarStage;
    private final String objectsTopic;
    private final String detections2dTopic;
    private final String detections3dTopic;
    private final long periodNs;
    private final SensorHealth health;
    private final FusionThreads threads;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final RateLimitedLog errors = new RateLimitedLog(LoggerFactory.getLogger(FusionNode.class));
    private final AtomicLong detectorFailures = new AtomicLong();
    private final AtomicLong fusionFailures = new AtomicLong();
    private final AtomicLong worldModels = new AtomicLong();
    private long nextPublishNs = Long.MIN_VALUE; // guarded by engine
    private long seq2d;

    FusionNode(FusionNodeBuilder b) {
        this.bus = b.bus;
        this.clock = b.clock;
        this.engine = new FusionEngine(b.config, b.transforms, b.sensorIds,
                b.camera != null ? b.camera.rangeModel() : CameraRangeModel.GROUND_ONLY);
        this.cameraStage = b.camera;
        this.lidarStage = b.lidar;
        this.radarStage = b.radar;
        this.periodNs = Math.round(1e9 / b.config.publishRateHz());
        this.objectsTopic = TopicNames.topic(b.vehicleId, StandardTopics.OBJECTS);
        this.detections2dTopic = TopicNames.topic(b.vehicleId, StandardTopics.DETECTIONS_2D_FRONT);
        this.detections3dTopic = TopicNames.topic(b.vehicleId, StandardTopics.DETECTIONS_3D);
        String cameraTopic = TopicNames.topic(b.vehicleId, StandardTopics.CAMERA_FRONT);
        String lidarTopic = TopicNames.topic(b.vehicleId, StandardTopics.LIDAR_TOP);
        String radarTopic = TopicNames.topic(b.vehicleId, StandardTopics.RADAR_FRONT);
        TopicRegistry registry = b.registry != null ? b.registry : StandardTopics.registry(b.vehicleId);
        this.health = new SensorHealth(bus, registry, clock, cameraStage != null ? cameraTopic : null,
                lidarStage != null ? lidarTopic : null, radarStage != null ? radarTopic : null);
        this.threads = b.threaded ? new FusionThreads(this, health.expectedMask(), resultPublishing(b)) : null;
        subscribe(TopicNames.topic(b.vehicleId, StandardTopics.EGO_STATE), "fusion-ego", this::onEgo);
        if (cameraStage != null) {
            subscribe(cameraTopic, "fusion-camera", this::onCamera);
        }
        if (lidarStage != null) {
            subscribe(lidarTopic, "fusion-lidar", this::onLidar);
        }
        if (radarStage != null) {
            subscribe(radarTopic, "fusion-radar", this::onRadar);
        }
    }

    /** The event-driven schedule of the threaded mode, or null for the publishing grid. */
    private ResultPublishing resultPublishing(FusionNodeBuilder b) {
        if (b.maxResultRateHz == 0) {
            return null;
        }
        long minIntervalNs = Math.min(periodNs, Math.round(1e9 / b.maxResultRateHz));
        return new ResultPublishing(periodNs, minIntervalNs);
    }

    public static FusionNodeBuilder builder() {
        return new FusionNodeBuilder();
    }

    /** The engine (for inspection; call only when the node is idle, e.g. in lockstep between ticks). */
    public FusionEngine engine() {
        return engine;
    }

    /** Sensors this node fuses, a {@code TrackedObject.SENSOR_*} mask. */
    public int expectedSensors() {
        return health.expectedMask();
    }

    /** Detector or fusion calls that threw. */
    public long failures() {
        return detectorFailures.get() + fusionFailures.get();
    }

    /** World models published. */
    public long worldModels() {
        return worldModels.get();
    }

    /** Inputs (ego states, detector results) the fusion thread's full inbox dropped (threaded mode; 0 otherwise). */
    public long inboxDropped() {
        return threads == null ? 0 : threads.inboxDropped();
    }

    /** Frames a detector skipped because a newer one arrived first (threaded mode; 0 otherwise), per sensor bit. */
    public long droppedFrames(int sensorBit) {
        return threads == null ? 0 : threads.dropped(sensorBit);
    }

    /**
     * What the node counted so far, one line: world models, failures, frames the detectors skipped
     * for a newer one, frames dropped (invalid, late beyond {@code lateToleranceS}, with the ego state
     * silent) or fused late or without an ego pose, ego-pose look-ups clamped. Logged on {@link #close}
     * (INFO when anything was lost or misplaced, else DEBUG);
     * read it only when the node is idle (as {@link #engine}).
     */
    public String summary() {
        return String.format(Locale.ROOT, "fusion: %d world models, %d failures; skipped for a newer frame: "
                        + "camera %d, lidar %d, radar %d; dropped: %d by the full inbox, %d invalid, %d late, "
                        + "%d with the ego state silent; "
                        + "fused: %d late, %d before any ego state; ego pose clamped: %d late, %d early; "
                        + "%d tracks created",
                worldModels(), failures(), droppedFrames(TrackedObject.SENSOR_CAMERA),
                droppedFrames(TrackedObject.SENSOR_LIDAR), droppedFrames(TrackedObject.SENSOR_RADAR),
                inboxDropped(), engine.invalidFrames(), engine.tracker().lateDropped(), engine.framesWithStaleEgo(),
                engine.tracker().lateUsed(), engine.framesWithoutEgo(), engine.egoBuffer().clampedLate(),
                engine.egoBuffer().clampedEarly(), engine.tracker().created());
    }

    /** Whether any input was lost or misplaced: what {@link #summary} counts beyond the normal flow. */
    private boolean lostAnything() {
        return failures() + inboxDropped() + engine.invalidFrames() + engine.tracker().lateDropped()
                + engine.framesWithStaleEgo() + engine.framesWithoutEgo() + engine.egoBuffer().clampedLate()
                + engine.egoBuffer().clampedEarly() > 0;
    }

    private void subscribe(String topic, String name, java.util.function.Consumer<Message> handler) {
        subscriptions.add(bus.subscribe(topic, SubscribeOptions.named(name), (t, m) -> handler.accept(m)));
    }

    private void onEgo(Message m) {
        if (m instanceof EgoState ego) {
            if (threads != null) {
                threads.post(ego);
            } else {
                synchronized (engine) {
                    guarded(() -> engine.onEgoState(ego));
                    maybePublish(clock.nowNs());
                }
            }
        }
    }

    private void onCamera(Message m) {
        if (m instanceof CameraFrame frame) {
            if (threads != null) {
                threads.offerCamera(frame);
            } else {
                detectCamera(frame);
            }
        }
    }

    private void onLidar(Message m) {
        if (m instanceof LidarScan scan) {
            if (threads != null) {
                threads.offerLidar(scan);
            } else {
                detectLidar(scan);
            }
        }
    }

    private void onRadar(Message m) {
        if (m instanceof RadarScan scan) {
            if (threads != null) {
                threads.offerRadar(scan);
            } else {
                detectRadar(scan);
            }
        }
    }

    /** Runs the camera stage, publishes its boxes and hands them to fusion (inline or via the fusion thread). */
    void detectCamera(CameraFrame frame) {
        List<CameraDetection> dets = runStage(TrackedObject.SENSOR_CAMERA, () -> cameraStage.detect(frame));
        Header h = frame.header();
        boolean valid = h.valid() && dets != null;
        List<CameraDetection> found = dets == null ? List.of() : dets;
        List<Detection2D> boxes = new ArrayList<>(found.size());
        for (int i = 0; i < found.size(); i++) {
            boxes.add(found.get(i).box());
        }
        bus.publish(detections2dTopic, new Detections2D(new Header(h.frameId(), seq2d++, h.stampNs(), valid), boxes));
        deliver(new CameraResult(h.stampNs(), valid, found));
    }

    void detectLidar(LidarScan scan) {
        Detections3D dets = runStage(TrackedObject.SENSOR_LIDAR, () -> lidarStage.detect(scan));
        Header h = scan.header();
        Detections3D out = dets != null ? dets
                : new Detections3D(new Header(h.frameId(), h.seq(), h.stampNs(), false), List.of());
        bus.publish(detections3dTopic, out);
        deliver(out);
    }

    void detectRadar(RadarScan scan) {
        List<RadarObject> objs = runStage(TrackedObject.SENSOR_RADAR, () -> radarStage.detect(scan));
        deliver(new RadarResult(scan.header().stampNs(), scan.header().valid() && objs != null,
                objs == null ? List.of() : objs));
    }

    /** Fuses a detector result: inline under the engine lock, or through the fusion thread. */
    private void deliver(Object result) {
        if (threads != null) {
            threads.post(result);
            return;
        }
        synchronized (engine) {
            apply(result);
            maybePublish(clock.nowNs());
        }
    }

    /** Applies one inbox item to the engine; the caller holds the engine (lock or owning thread). */
    void apply(Object item) {
        guarded(() -> {
            switch (item) {
                case EgoState ego -> engine.onEgoState(ego);
                case CameraResult c -> engine.onCamera(c.stampNs(), c.valid(), c.detections());
                case Detections3D d -> engine.onLidar(d);
                case RadarResult r -> engine.onRadar(r.stampNs(), r.valid(), r.objects());
                default -> throw new IllegalArgumentException("unexpected fusion input " + item.getClass());
            }
        });
    }

    /** Publishes the world model if one is due at {@code nowNs} on the publishing grid; the caller holds the engine. */
    void maybePublish(long nowNs) {
        if (nextPublishNs != Long.MIN_VALUE && nowNs < nextPublishNs) {
            return;
        }
        nextPublishNs = Math.floorDiv(nowNs, periodNs) * periodNs + periodNs;
        publish(nowNs);
    }

    /** Publishes the world model at {@code nowNs} now; the caller holds the engine. */
    void publish(long nowNs) {
        guarded(() -> {
            int alive = health.update(nowNs);
            WorldModel model = engine.output(nowNs, health.expectedMask(), alive);
            worldModels.incrementAndGet(); // before the bus: a subscriber that got it sees it counted
            bus.publish(objectsTopic, model);
        });
    }

    /** Next due time of a world model, ns; the caller holds the engine. */
    long nextPublishNs() {
        return nextPublishNs;
    }

    private <T> T runStage(int sensorBit, java.util.function.Supplier<T> stage) {
        try {
            T out = stage.get();
            if (out == null) {
                throw new IllegalStateException("detector stage returned null");
            }
            return out;
        } catch (RuntimeException e) {
            detectorFailures.incrementAndGet();
            health.failed(sensorBit);
            errors.error("detector stage for sensor bit " + sensorBit + " failed", e);
            return null;
        }
    }

    private void guarded(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            fusionFailures.incrementAndGet();
            errors.error("fusion failed", e);
        }
    }

    /** Unsubscribes, stops the threads and closes the detector stages. Idempotent. */
    @Override
    public void close() {
        boolean open = !subscriptions.isEmpty();
        for (Subscription s : subscriptions) {
            s.close();
        }
        subscriptions.clear();
        if (threads != null) {
            threads.close();
        }
        health.close();
        closeQuietly(cameraStage);
        closeQuietly(lidarStage);
        closeQuietly(radarStage);
        if (open) {
            Logger log = LoggerFactory.getLogger(FusionNode.class);
            if (lostAnything()) {
                log.info(summary());
            } else {
                log.debug(summary());
            }
        }
    }

    private void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            errors.error("closing a detector stage failed", e);
        }
    }

    Clock clock() {
        return clock;
    }

    long periodNs() {
        return periodNs;
    }

    /** Camera boxes of one frame, on their way to fusion. */
    record CameraResult(long stampNs, boolean valid, List<CameraDetection> detections) {
    }

    /** Radar clusters of one scan, on their way to fusion. */
    record RadarResult(long stampNs, boolean valid, List<RadarObject> objects) {
    }
}
