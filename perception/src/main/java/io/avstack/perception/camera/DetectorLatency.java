package io.avstack.perception.camera;

import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ImageEncoding;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Measures {@link CameraDetector#detect} latency per frame, pre- and post-processing included: a
 * fixed frame is detected {@code warmUp} times unmeasured, then {@code frames} times timed. A
 * benchmark, so it reads {@link System#nanoTime} directly.
 */
public final class DetectorLatency {

    /**
     * Latency percentiles, ms.
     *
     * @param frames timed frames
     */
    public record Result(int frames, double p50Ms, double p99Ms, double maxMs, double meanMs) {
    }

    private DetectorLatency() {
    }

    /** A 640x480 (or any size) RGB8 frame of seeded noise: inference cost does not depend on content. */
    public static CameraFrame noiseFrame(int widthPx, int heightPx, long seed) {
        byte[] data = new byte[widthPx * heightPx * 3];
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) rng.nextInt(256);
        }
        return new CameraFrame(Header.of("camera_front", 0, 0), widthPx, heightPx, ImageEncoding.RGB8,
                "camera_front", data);
    }

    /** Times {@code frames} detections of {@code frame} after {@code warmUp} untimed ones. */
    public static Result measure(CameraDetector detector, CameraFrame frame, int warmUp, int frames) {
        if (frames < 1 || warmUp < 0) {
            throw new IllegalArgumentException("DetectorLatency needs frames >= 1 and warmUp >= 0, was " + frames
                    + ", " + warmUp);
        }
        for (int i = 0; i < warmUp; i++) {
            detector.detect(frame);
        }
        long[] ns = new long[frames];
        long sum = 0;
        for (int i = 0; i < frames; i++) {
            long t0 = System.nanoTime();
            detector.detect(frame);
            ns[i] = System.nanoTime() - t0;
            sum += ns[i];
        }
        Arrays.sort(ns);
        return new Result(frames, ns[percentileIndex(frames, 0.50)] / 1e6, ns[percentileIndex(frames, 0.99)] / 1e6,
                ns[frames - 1] / 1e6, sum / 1e6 / frames);
    }

    /** Nearest-rank percentile index into a sorted array of {@code n} values. */
    static int percentileIndex(int n, double q) {
        return Math.min(n - 1, Math.max(0, (int) Math.ceil(q * n) - 1));
    }
}
