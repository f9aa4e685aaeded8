package io.avstack.vehicle.fusion;

import io.avstack.core.geom.TransformTree;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ImageEncoding;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.fusion.node.FusionEngine;
import io.avstack.fusion.node.SensorIds;
import io.avstack.perception.camera.CameraDetection;
import io.avstack.perception.camera.CameraDetector;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * {@code avstack bench fusion}: the fusion tick without CNN inference, and a camera frame through
 * the CNN to a world model. Wall time from {@code System.nanoTime} (benchmark code), after a
 * warm-up; percentiles over every call.
 */
public final class FusionBenchmark {

    /** Percentiles of one series, ms. */
    public record Stats(int samples, double p50Ms, double p99Ms, double maxMs) {
        static Stats of(long[] ns, int n) {
            long[] s = Arrays.copyOf(ns, n);
            Arrays.sort(s);
            return new Stats(n, s[(int) Math.floor(0.5 * (n - 1))] / 1e6, s[(int) Math.floor(0.99 * (n - 1))] / 1e6,
                    s[n - 1] / 1e6);
        }
    }

    /**
     * @param tick     every fusion call (one sensor frame fused, or one world model output), wall time
     * @param tickCpu  the same calls in thread CPU time (what a loaded machine's preemption does not inflate)
     * @param lidar    lidar frames fused (all objects as boxes)
     * @param output   world-model outputs
     * @param tracks   tracks published at the end
     */
    public record TickResult(Stats tick, Stats tickCpu, Stats lidar, Stats radar, Stats camera, Stats output,
                             int tracks) {
    }

    private static final long CYCLE_NS = 100_000_000L;

    private FusionBenchmark() {
    }

    /**
     * Fuses {@code seconds} of a {@code objects}-car scene (camera 30 Hz, lidar 10 Hz, radar 20 Hz,
     * ego 50 Hz, world model 10 Hz) after {@code warmUpS} unmeasured seconds.
     */
    public static TickResult tick(FusionConfig config, TransformTree tree, int objects, double seconds, double warmUpS) {
        SyntheticTraffic scene = new SyntheticTraffic(tree, SensorIds.DEFAULT, objects);
        FusionEngine engine = new FusionEngine(config, tree, SensorIds.DEFAULT);
        int cycles = (int) Math.round(seconds * 10);
        int warm = (int) Math.round(warmUpS * 10);
        long[] all = new long[cycles * 7];
        long[] cpu = new long[cycles * 7];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] lidar = new long[cycles];
        long[] radar = new long[cycles * 2];
        long[] camera = new long[cycles * 3];
        long[] output = new long[cycles];
        int na = 0;
        int nr = 0;
        int nc = 0;
        int mask = TrackedObject.SENSOR_ALL;
        int tracks = 0;
        for (int c = 0; c < warm + cycles; c++) {
            boolean measure = c >= warm;
            int i = c - warm;
            long base = c * CYCLE_NS;
            for (int e = 0; e < 5; e++) {
                engine.onEgoState(scene.ego(base + e * 20_000_000L, c * 5L + e));
            }
            var lidarFrame = scene.lidar(base, c);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            engine.onLidar(lidarFrame);
            long dt = System.nanoTime() - t0;
            if (measure) {
                lidar[i] = dt;
                cpu[na] = threads.getCurrentThreadCpuTime() - c0;
                all[na++] = dt;
            }
            for (int r = 0; r < 2; r++) {
                long stamp = base + r * 50_000_000L;
                var objs = scene.radar(stamp);
                c0 = threads.getCurrentThreadCpuTime();
                t0 = System.nanoTime();
                engine.onRadar(stamp, true, objs);
                dt = System.nanoTime() - t0;
                if (measure) {
                    radar[nr++] = dt;
                    cpu[na] = threads.getCurrentThreadCpuTime() - c0;
                    all[na++] = dt;
                }
            }
            for (int k = 0; k < 3; k++) {
                long stamp = base + k * 33_333_333L;
                List<CameraDetection> dets = scene.camera(stamp);
                c0 = threads.getCurrentThreadCpuTime();
                t0 = System.nanoTime();
                engine.onCamera(stamp, true, dets);
                dt = System.nanoTime() - t0;
                if (measure) {
                    camera[nc++] = dt;
                    cpu[na] = threads.getCurrentThreadCpuTime() - c0;
                    all[na++] = dt;
                }
            }
            c0 = threads.getCurrentThreadCpuTime();
            t0 = System.nanoTime();
            var wm = engine.output(base + 99_000_000L, mask, mask);
            dt = System.nanoTime() - t0;
            tracks = wm.objects().size();
            if (measure) {
                output[i] = dt;
                cpu[na] = threads.getCurrentThreadCpuTime() - c0;
                all[na++] = dt;
            }
        }
        return new TickResult(Stats.of(all, na), Stats.of(cpu, na), Stats.of(lidar, cycles), Stats.of(radar, nr), Stats.of(camera, nc),
                Stats.of(output, cycles), tracks);
    }

    /**
     * A 640x480 camera frame through {@code detector}, fused, and a world model produced: the
     * camera's sensor-frame-to-world-model latency, {@code frames} times after {@code warmUp}.
     */
    public static Stats cameraToWorldModel(CameraDetector detector, FusionConfig config, TransformTree tree,
            int frames, int warmUp) {
        FusionEngine engine = new FusionEngine(config, tree, SensorIds.DEFAULT);
        SyntheticTraffic scene = new SyntheticTraffic(tree, SensorIds.DEFAULT, 20);
        SplittableRandom rng = new SplittableRandom(7);
        byte[] rgb = new byte[640 * 480 * 3];
        for (int i = 0; i < rgb.length; i++) {
            rgb[i] = (byte) rng.nextInt(256);
        }
        long[] ns = new long[frames];
        int mask = TrackedObject.SENSOR_CAMERA;
        for (int f = 0; f < warmUp + frames; f++) {
            long stamp = f * 33_333_333L;
            engine.onEgoState(scene.ego(stamp, f));
            CameraFrame frame = new CameraFrame(Header.of("camera_front", f, stamp), 640, 480, ImageEncoding.RGB8,
                    "camera_front", rgb);
            long t0 = System.nanoTime();
            List<CameraDetection> dets = detector.detectWithDistance(frame);
            engine.onCamera(stamp, true, dets);
            engine.output(stamp, mask, mask);
            long dt = System.nanoTime() - t0;
            if (f >= warmUp) {
                ns[f - warmUp] = dt;
            }
        }
        return Stats.of(ns, frames);
    }
}
