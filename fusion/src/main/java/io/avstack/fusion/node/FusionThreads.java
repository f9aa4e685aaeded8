package io.avstack.fusion.node;

import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.RadarScan;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.detect.DetectorWorker;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The threaded mode of {@link FusionNode}: one {@link DetectorWorker} per sensor (latest wins) and
 * one fusion thread that owns the engine. Detector results and ego states reach the fusion thread
 * through a bounded inbox (full: the oldest item is dropped and counted, latest wins as in the
 * detectors); the fusion thread publishes a
 * world model whenever one is due, input or not: on the node's publishing grid, or event-driven
 * ({@link ResultPublishing}: after a detector result, once the items already waiting in the inbox
 * have been applied too, so a burst gives one world model).
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
    /** Event-driven schedule, or null: the node's grid. Fusion thread only. */
    private final ResultPublishing onResults;
    private volatile boolean running = true;

    /**
     * Starts a worker for each sensor in {@code sensorMask} and the fusion thread.
     *
     * @param onResults the event-driven schedule, or null to publish on the node's grid
     */
    FusionThreads(FusionNode node, int sensorMask, ResultPublishing onResults) {
        this.node = node;
        this.onResults = onResults;
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
        inboxDropped.addAndGet(offerDroppingOldest(inbox, item));
    }

    /**
     * Adds {@code item} to {@code queue}, first taking out as many of the oldest items as it takes to
     * make room (the newest input is the one that matters; the oldest would be too late to fuse).
     *
     * @return the items dropped
     */
    static <T> int offerDroppingOldest(BlockingQueue<T> queue, T item) {
        int dropped = 0;
        while (!queue.offer(item)) {
            if (queue.poll() != null) {
                dropped++;
            }
        }
        return dropped;
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
            long due = onResults != null ? onResults.dueNs() : node.nextPublishNs();
            try {
                Object item = due == Long.MIN_VALUE || due <= now ? inbox.poll()
                        : inbox.poll(due - now, TimeUnit.NANOSECONDS);
                if (item != null) {
                    apply(item);
                    if (onResults != null) {
                        drainWaiting();
                    }
                }
            } catch (InterruptedException e) {
                if (!running) {
                    return;
                }
                Thread.currentThread().interrupt();
                return;
            }
            publishIfDue(node.clock().nowNs());
        }
    }

    private void apply(Object item) {
        node.apply(item);
        if (onResults != null && !(item instanceof EgoState)) {
            onResults.resultFused();
        }
    }

    /** Applies what is already waiting (at most one inbox's worth, so publishing is never starved). */
    private void drainWaiting() {
        for (int i = 0; i < INBOX_CAPACITY; i++) {
            Object next = inbox.poll();
            if (next == null) {
                return;
            }
            apply(next);
        }
    }

    private void publishIfDue(long nowNs) {
        if (onResults == null) {
            node.maybePublish(nowNs);
        } else if (onResults.due(nowNs)) {
            node.publish(nowNs);
            onResults.published(nowNs);
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
