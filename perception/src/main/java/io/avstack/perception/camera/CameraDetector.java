package io.avstack.perception.camera;

import ai.djl.Device;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.translate.TranslateException;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Detection2D;
import io.avstack.core.msg.ImageEncoding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the camera detector on frames. Thread-safe: each calling thread gets its own DJL
 * {@link Predictor} (predictors are not thread-safe); each call works in the predictor's own
 * per-call NDManager scope, so no native memory outlives a frame. Bad frames are counted and
 * logged (rate-limited), never thrown.
 *
 * <p>Threads: set {@code -Dai.djl.pytorch.num_threads=N} (and {@code num_interop_threads}) before
 * the engine starts.
 */
public final class CameraDetector implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CameraDetector.class);
    /** Log the first rejection and then every this many. */
    private static final long LOG_EVERY = 100;

    private final DetectorConfig config;
    private final Model model;
    private final CameraRangeModel rangeModel;
    private final ThreadLocal<Predictor<RgbImage, List<CameraDetection>>> predictor;
    private final ConcurrentLinkedQueue<Predictor<RgbImage, List<CameraDetection>>> allPredictors =
            new ConcurrentLinkedQueue<>();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile boolean closed;

    /**
     * Loads the weights in {@code modelDir} (see {@link CenterNetModel#save}) with their range
     * calibration ({@value CameraRangeModel#FILE_NAME}, if the folder has one).
     *
     * @param device "cpu", "gpu" or "auto"
     * @throws IllegalArgumentException naming the path when the weights or the calibration are
     *     missing or corrupt
     */
    public static CameraDetector load(Path modelDir, DetectorConfig config, String device) {
        CameraRangeModel range = CameraRangeModel.readOrGroundOnly(modelDir);
        Device d = DeviceChoice.resolve(device);
        return new CameraDetector(CenterNetModel.load(modelDir, config, d), config, range);
    }

    /**
     * Wraps a model already holding a network built by {@link CenterNetModel}, with no range
     * calibration; closes it on close.
     */
    public CameraDetector(Model model, DetectorConfig config) {
        this(model, config, CameraRangeModel.GROUND_ONLY);
    }

    /** Wraps a model with the range calibration of its weights; closes it on close. */
    public CameraDetector(Model model, DetectorConfig config, CameraRangeModel rangeModel) {
        this.model = Objects.requireNonNull(model, "model");
        this.config = Objects.requireNonNull(config, "config");
        this.rangeModel = Objects.requireNonNull(rangeModel, "rangeModel");
        this.predictor = ThreadLocal.withInitial(() -> {
            Predictor<RgbImage, List<CameraDetection>> p = model.newPredictor(new CenterNetTranslator(config));
            allPredictors.add(p);
            return p;
        });
    }

    /** Detections in a frame; empty (and counted) when the frame is not a usable RGB8 image. */
    public List<Detection2D> detect(CameraFrame frame) {
        List<CameraDetection> all = detectWithDistance(frame);
        List<Detection2D> boxes = new ArrayList<>(all.size());
        for (CameraDetection d : all) {
            boxes.add(d.box());
        }
        return boxes;
    }

    /** Like {@link #detect(CameraFrame)}, with the network's distance estimates. */
    public List<CameraDetection> detectWithDistance(CameraFrame frame) {
        if (frame == null) {
            return reject("null frame");
        }
        if (frame.encoding() != ImageEncoding.RGB8) {
            return reject("encoding " + frame.encoding() + " (RGB8 needed)");
        }
        return detectWithDistance(new RgbImage(frame.widthPx(), frame.heightPx(), frame.data()));
    }

    /** Detections in a raw RGB8 image; empty (and counted) when it is empty, truncated or mis-sized. */
    public List<CameraDetection> detectWithDistance(RgbImage image) {
        if (closed) {
            throw new IllegalStateException("CameraDetector is closed");
        }
        if (image == null || image.data() == null || image.data().length == 0) {
            return reject("empty image");
        }
        if (!image.isWellFormed()) {
            return reject("image " + image.widthPx() + "x" + image.heightPx() + " needs "
                    + (long) image.widthPx() * image.heightPx() * 3 + " bytes, has " + image.data().length);
        }
        if (image.widthPx() < 2 || image.heightPx() < 2) {
            return reject("image " + image.widthPx() + "x" + image.heightPx() + " too small");
        }
        try {
            return predictor.get().predict(image);
        } catch (TranslateException | RuntimeException e) {
            long n = failed.incrementAndGet();
            if (n == 1 || n % LOG_EVERY == 0) {
                LOG.warn("camera detector inference failed ({} so far)", n, e);
            }
            return List.of();
        }
    }

    /**
     * By how much a compressed frame of {@code widthPx} x {@code heightPx} may be decoded smaller
     * before it is handed to this detector without changing what the network sees: 2 when the frame
     * is exactly twice the network's input (the translator would halve it by a 2x2 mean, which a
     * JPEG decoder's half-size output matches to within JPEG's own error), else 1. Boxes found on
     * the smaller image are in its pixels: the caller scales them back.
     */
    public int decodeReduction(int widthPx, int heightPx) {
        return widthPx == 2 * config.inputWidthPx() && heightPx == 2 * config.inputHeightPx() ? 2 : 1;
    }

    /** Frames rejected as bad input so far. */
    public long rejectedCount() {
        return rejected.get();
    }

    /** Frames whose inference failed inside DJL so far. */
    public long failedCount() {
        return failed.get();
    }

    /** The wrapped model (e.g. to keep training it: predictors see parameter updates). */
    public Model model() {
        return model;
    }

    public DetectorConfig config() {
        return config;
    }

    /** How to range this detector's boxes ({@link CameraRanger}): the calibration of its weights. */
    public CameraRangeModel rangeModel() {
        return rangeModel;
    }

    @Override
    public void close() {
        closed = true;
        Predictor<RgbImage, List<CameraDetection>> p;
        while ((p = allPredictors.poll()) != null) {
            p.close();
        }
        model.close();
    }

    private List<CameraDetection> reject(String why) {
        long n = rejected.incrementAndGet();
        if (n == 1 || n % LOG_EVERY == 0) {
            LOG.warn("camera detector rejected a frame: {} ({} rejected so far)", why, n);
        }
        return List.of();
    }
}
