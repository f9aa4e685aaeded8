package io.avstack.fusion.node;

import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.RadarScan;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.detect.DetectorWorker;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The threaded mode of {@link FusionNode}: one {@link DetectorWorker} per sensor (latest wins) and
 * one fusion thread that owns the engine. Detector results and ego states reach the fusion thread
 * through a bounded inbox (full: the item is dropped and counted); the fusion thread publishes a
 * world model whenever one is due, input or not.
 */
final class FusionThreads implements AutoCloseable {

    /** Inbox length: far more than one publish period's worth of inputs. */
    static final int INBOX_CAPACITY = 256;

    private final FusionNode node;
    private final DetectorWorker<CameraFrame> camera;
    private final DetectorWorker<LidarScan> lidar;
    private final DetectorWorker<RadarScan> radar;
    private final ArrayBlockingQueue<Object> inbox = new ArrayBlockingQueue<>(INBOX_CAPACITY);
    private final AtomicLong inboxDropped = new AtomicLong();
    private final Thread fusion;
    private volatile boolean running = true;

    /** Starts a worker for each sensor in {@code sensorMask} and the fusion thread. */
    FusionThreads(FusionNode node, int sensorMask) {
        this.node = node;
        this.camera = (sensorMask & TrackedObject.SENSOR_CAMERA) != 0
                ? new DetectorWorker<>("camera", node::detectCamera) : null;
        this.lidar = (sensorMask & TrackedObject.SENSOR_LIDAR) != 0
                ? new DetectorWorker<>("lidar", node::detectLidar) : null;
        this.radar = (sensorMask & TrackedObject.SENSOR_RADAR) != 0
                ? new DetectorWorker<>("radar", node::detectRadar) : null;
        this.fusion = new Thread(this::loop, "fusion");
        fusion.setDaemon(true);
        fusion.start();
    }

    void offerCamera(CameraFrame f) {
        camera.offer(f);
    }

    void offerLidar(LidarScan s) {
        lidar.offer(s);
    }

    void offerRadar(RadarScan s) {
        radar.offer(s);
    }

    /** Hands an ego state or detector result to the fusion thread; never blocks. */
    void post(Object item) {
        if (!inbox.offer(item)) {
            inboxDropped.incrementAndGet();
        }
    }

    long dropped(int sensorBit) {
        DetectorWorker<?> w = switch (sensorBit) {
            case TrackedObject.SENSOR_CAMERA -> camera;
            case TrackedObject.SENSOR_LIDAR -> lidar;
            case TrackedObject.SENSOR_RADAR -> radar;
            default -> throw new IllegalArgumentException("not a single sensor bit: " + sensorBit);
        };
        return w == null ? 0 : w.dropped();
    }

    /** Inputs lost because the fusion thread fell behind. */
    long inboxDropped() {
        return inboxDropped.get();
    }

    private void loop() {
        while (running) {
            long now = node.clock().nowNs();
            long due = node.nextPublishNs();
            try {
                Object item = due == Long.MIN_VALUE || due <= now ? inbox.poll()
                        : inbox.poll(due - now, TimeUnit.NANOSECONDS);
                if (item != null) {
                    node.apply(item);
                }
            } catch (InterruptedException e) {
                if (!running) {
                    return;
                }
                Thread.currentThread().interrupt();
                return;
            }
            node.maybePublish(node.clock().nowNs());
        }
    }

    @Override
    public void close() {
        for (DetectorWorker<?> w : new DetectorWorker<?>[] {camera, lidar, radar}) {
            if (w != null) {
                w.close();
            }
        }
        running = false;
        fusion.interrupt();
        try {
            fusion.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
