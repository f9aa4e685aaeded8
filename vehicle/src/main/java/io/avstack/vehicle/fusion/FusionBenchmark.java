package io.avstack.vehicle.fusion;

import io.avstack.core.geom.TransformTree;
import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.fusion.node.FusionEngine;
import io.avstack.fusion.node.SensorIds;
import io.avstack.fusion.detect.CameraStage;
import io.avstack.fusion.detect.LidarStage;
import io.avstack.perception.camera.CameraDetection;
import java.util.Arrays;
import java.util.List;

/**
 * {@code avstack bench fusion}: the fusion tick without CNN inference, and camera and lidar frames
 * through their CNNs to a world model. Wall time from {@code System.nanoTime} (benchmark code), after a
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
     * Camera and lidar frames captured from a simulator run, each through its CNN stage, fused, and
     * a world model produced: a sensor frame's latency to the world model, per sensor (each through its
     * own engine, in stamp order), after {@code warmUp} unmeasured frames of each. One thread, frame by
     * frame: the detector's and the tracker's time, not the node's queues and threads ({@code avstack
     * bench e2e} measures those).
     *
     * @return camera stats, lidar stats (either null when that sensor has no frames)
     */
    public static Stats[] frameToWorldModel(DetectionSource cnn, FusionConfig config, TransformTree tree,
            CapturedFrames frames, int warmUp) {
        int mask = TrackedObject.SENSOR_CAMERA | TrackedObject.SENSOR_LIDAR;
        Stats[] out = new Stats[2];
        try (CameraStage camera = cnn.camera(null, 0); LidarStage lidar = cnn.lidar(null, 0)) {
            FusionEngine engine = new FusionEngine(config, tree, SensorIds.DEFAULT, camera.rangeModel());
            List<CameraFrame> cams = frames.camera();
            long[] ns = new long[cams.size()];
            int n = 0;
            for (int i = 0; i < cams.size(); i++) {
                CameraFrame f = cams.get(i);
                engine.onEgoState(frames.egoAt(f.header().stampNs()));
                long t0 = System.nanoTime();
                engine.onCamera(f.header().stampNs(), true, camera.detect(f));
                engine.output(f.header().stampNs(), mask, mask);
                long dt = System.nanoTime() - t0;
                if (i >= warmUp) {
                    ns[n++] = dt;
                }
            }
            out[0] = n > 0 ? Stats.of(ns, n) : null;
            // a fresh engine: the camera pass left its tracks and ego states at the end of the recording
            engine = new FusionEngine(config, tree, SensorIds.DEFAULT, camera.rangeModel());
            List<LidarScan> scans = frames.lidar();
            ns = new long[scans.size()];
            n = 0;
            for (int i = 0; i < scans.size(); i++) {
                LidarScan scan = scans.get(i);
                engine.onEgoState(frames.egoAt(scan.header().stampNs()));
                long t0 = System.nanoTime();
                engine.onLidar(lidar.detect(scan));
                engine.output(scan.header().stampNs(), mask, mask);
                long dt = System.nanoTime() - t0;
                if (i >= warmUp) {
                    ns[n++] = dt;
                }
            }
            out[1] = n > 0 ? Stats.of(ns, n) : null;
        }
        return out;
    }
}
