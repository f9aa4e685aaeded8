package io.avstack.perception.lidar;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.Detection3D;
import io.avstack.core.msg.Detections3D;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.LidarScan;
import io.avstack.perception.camera.DeviceChoice;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the lidar detector on scans: 3-D boxes in the vehicle frame ({@link #VEHICLE_FRAME}).
 * Thread-safe the same way as the camera detector: each calling thread gets its own DJL
 * {@link Predictor} and translator; each call works in the predictor's per-call NDManager scope.
 * Bad scans (null, no points, no finite point) are counted, logged (rate-limited) and answered with
 * an empty, invalid detection list, never an exception; non-finite points inside an otherwise good
 * scan are dropped and counted.
 */
public final class LidarDetector implements AutoCloseable {

    /** Frame id of the output boxes: the vehicle frame. */
    public static final String VEHICLE_FRAME = "base_link";

    private static final Logger LOG = LoggerFactory.getLogger(LidarDetector.class);
    /** Log the first rejection and then every this many. */
    private static final long LOG_EVERY = 100;

    private final LidarDetectorConfig config;
    private final Model model;
    private final ThreadLocal<Predictor<LidarScan, List<Detection3D>>> predictor;
    private final ConcurrentLinkedQueue<Predictor<LidarScan, List<Detection3D>>> allPredictors =
            new ConcurrentLinkedQueue<>();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong badPoints = new AtomicLong();
    private volatile boolean closed;

    /**
     * Loads the model folder {@code modelDir}: {@link LidarModelMetadata} and the weights.
     *
     * @param lidarMount pose of the lidar in the vehicle frame (the scans are in the sensor frame)
     * @param device     "cpu", "gpu" or "auto"
     * @throws IllegalArgumentException naming the path when the metadata or weights are missing or corrupt
     */
    public static LidarDetector load(Path modelDir, Extrinsics lidarMount, String device) {
        LidarDetectorConfig config = LidarModelMetadata.readOrThrow(modelDir).detectorConfig();
        return new LidarDetector(BevCenterNetModel.inferenceModel(
                BevCenterNetModel.load(modelDir, config, DeviceChoice.resolve(device)), config), config, lidarMount);
    }

    /** Wraps a model holding a network built by {@link BevCenterNetModel}; closes it on close. */
    public LidarDetector(Model model, LidarDetectorConfig config, Extrinsics lidarMount) {
        this.model = Objects.requireNonNull(model, "model");
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(lidarMount, "lidarMount");
        this.predictor = ThreadLocal.withInitial(() -> {
            Predictor<LidarScan, List<Detection3D>> p = model.newPredictor(new BevTranslator(config, lidarMount));
            allPredictors.add(p);
            return p;
        });
    }

    /**
     * Boxes found in a scan, stamped with the scan's time, valid when the scan was. A rejected or
     * failed scan gives an empty list marked invalid.
     */
    public Detections3D detect(LidarScan scan) {
        if (closed) {
            throw new IllegalStateException("LidarDetector is closed");
        }
        if (scan == null) {
            return reject(null, "null scan");
        }
        if (scan.pointCount() == 0) {
            return reject(scan, "empty scan");
        }
        int nonFinite = countNonFinite(scan.xyzi());
        if (nonFinite == scan.pointCount()) {
            return reject(scan, "no finite point among " + nonFinite);
        }
        if (nonFinite > 0) {
            long n = badPoints.addAndGet(nonFinite);
            if (n == nonFinite || n / LOG_EVERY != (n - nonFinite) / LOG_EVERY) {
                LOG.warn("lidar detector dropped {} non-finite points of scan {} ({} so far)", nonFinite,
                        scan.header().seq(), n);
            }
        }
        try {
            List<Detection3D> boxes = predictor.get().predict(scan);
            return new Detections3D(outHeader(scan.header(), scan.header().valid()), boxes);
        } catch (TranslateException | RuntimeException e) {
            long n = failed.incrementAndGet();
            if (n == 1 || n % LOG_EVERY == 0) {
                LOG.warn("lidar detector inference failed ({} so far)", n, e);
            }
            return new Detections3D(outHeader(scan.header(), false), List.of());
        }
    }

    /** Scans rejected as bad input so far. */
    public long rejectedCount() {
        return rejected.get();
    }

    /** Non-finite points dropped from otherwise usable scans so far. */
    public long badPointCount() {
        return badPoints.get();
    }

    /** Scans whose inference failed inside DJL so far. */
    public long failedCount() {
        return failed.get();
    }

    /**
     * The model it runs: the one given to the constructor (e.g. to keep training it: predictors see
     * parameter updates); from {@link #load}, {@link BevCenterNetModel#inferenceModel} of the weights
     * (for {@link LidarArchitecture#COMPACT} a folded copy that cannot be trained).
     */
    public Model model() {
        return model;
    }

    public LidarDetectorConfig config() {
        return config;
    }

    @Override
    public void close() {
        closed = true;
        Predictor<LidarScan, List<Detection3D>> p;
        while ((p = allPredictors.poll()) != null) {
            p.close();
        }
        model.close();
    }

    private static int countNonFinite(float[] xyzi) {
        int bad = 0;
        for (int i = 0; i < xyzi.length; i += LidarScan.FLOATS_PER_POINT) {
            if (!Float.isFinite(xyzi[i]) || !Float.isFinite(xyzi[i + 1]) || !Float.isFinite(xyzi[i + 2])
                    || !Float.isFinite(xyzi[i + 3])) {
                bad++;
            }
        }
        return bad;
    }

    private static Header outHeader(Header in, boolean valid) {
        return new Header(VEHICLE_FRAME, in.seq(), in.stampNs(), valid);
    }

    private Detections3D reject(LidarScan scan, String why) {
        long n = rejected.incrementAndGet();
        if (n == 1 || n % LOG_EVERY == 0) {
            LOG.warn("lidar detector rejected a scan: {} ({} rejected so far)", why, n);
        }
        Header h = scan == null ? new Header(VEHICLE_FRAME, 0, 0, false) : outHeader(scan.header(), false);
        return new Detections3D(h, List.of());
    }
}
