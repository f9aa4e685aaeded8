package io.avstack.sim.sensor;

import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.Pose;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.scene.SceneObject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Prints the time of one default lidar scan (32 x 1800 rays) and one radar scan of a 10-actor
 * scene, on one thread. Not a test; run from the repository root after {@code test-compile}:
 *
 * <pre>
 * java -cp "sim/target/test-classes:sim/target/classes:$(cat /tmp/sim-cp.txt)" io.avstack.sim.sensor.LidarBench
 * </pre>
 * (the classpath file from {@code ./mvnw -o -q -pl sim dependency:build-classpath -Dmdep.outputFile=/tmp/sim-cp.txt}).
 */
public final class LidarBench {

    private static final int WARMUP = 3000;
    private static final int RUNS = 3000;

    private LidarBench() {
    }

    public static void main(String[] args) {
        Scene scene = tenActorScene();
        LidarModel lidar = new LidarModel(LidarParams.defaults(), 1);
        RadarModel radar = new RadarModel(RadarParams.defaults(), 2);
        long sink = 0;
        for (int i = 0; i < WARMUP; i++) {
            sink += lidar.scan(scene).pointCount() + radar.scan(scene).detections().size();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] lidarNs = new long[RUNS];
        long[] radarNs = new long[RUNS];
        int points = 0;
        long lidarCpuNs = 0;
        long radarCpuNs = 0;
        for (int i = 0; i < RUNS; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            LidarScan s = lidar.scan(scene);
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            sink += radar.scan(scene).detections().size();
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            lidarNs[i] = t1 - t0;
            radarNs[i] = t2 - t1;
            lidarCpuNs += c1 - c0;
            radarCpuNs += c2 - c1;
            points = s.pointCount();
        }
        report("lidar 32x1800, 10 actors (" + points + " points)", lidarNs, lidarCpuNs);
        report("radar, 10 actors", radarNs, radarCpuNs);
        // thread CPU time: on a shared machine wall time includes waiting for a core
        double lidarMeanS = lidarCpuNs / 1e9 / RUNS;
        double radarMeanS = radarCpuNs / 1e9 / RUNS;
        // per simulated second: 10 lidar scans + 20 radar scans
        double busyPerSimSecond = 10 * lidarMeanS + 20 * radarMeanS;
        System.out.printf("sensor CPU per simulated second: %.2f ms -> %.0fx real time (sensors only)%n",
                busyPerSimSecond * 1e3, 1.0 / busyPerSimSecond);
        System.out.println("(sink " + sink + ")");
    }

    private static void report(String what, long[] ns, long cpuNs) {
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: thread CPU mean %.1f us; wall mean %.1f us, p50 %.1f us, p99 %.1f us%n", what,
                cpuNs / 1e3 / ns.length, mean(ns) / 1e3, sorted[sorted.length / 2] / 1e3,
                sorted[(int) (sorted.length * 0.99)] / 1e3);
    }

    private static double mean(long[] ns) {
        double sum = 0;
        for (long v : ns) {
            sum += v;
        }
        return sum / ns.length;
    }

    /** Ten cars and trucks around the ego on a straight multi-lane road. */
    static Scene tenActorScene() {
        List<SceneObject> objects = new ArrayList<>();
        double[][] placements = {
            {15, 0}, {35, 0}, {60, 3.5}, {25, -3.5}, {-12, 0}, {-30, 3.5}, {8, 3.5}, {45, -3.5}, {80, 0}, {-20, -3.5}};
        for (int i = 0; i < placements.length; i++) {
            boolean truck = i % 4 == 3;
            Dimensions dims = truck ? new Dimensions(12, 2.5, 3.8) : new Dimensions(4.6, 1.9, 1.5);
            objects.add(new SceneObject(i + 1, truck ? ObjectClass.TRUCK : ObjectClass.CAR,
                    placements[i][0], placements[i][1], 0.02 * i, dims, 12 + i, 0, 0x808080, 0.5,
                    truck ? 20 : 10));
        }
        return TestScenes.scene(5_000_000_000L, Pose.planar(0, 0, 0), 13.0, objects);
    }
}
