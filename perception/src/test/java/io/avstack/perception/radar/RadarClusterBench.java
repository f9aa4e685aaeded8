package io.avstack.perception.radar;

import io.avstack.core.msg.RadarDetection;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Prints the clusterer's cost per scan for a busy radar scan (40 objects of 1-8 detections plus
 * 60 clutter points, ~250 detections); see docs/RADAR-CLUSTERING.md for the command. A benchmark,
 * not a test: it reads the wall clock and asserts nothing.
 */
public final class RadarClusterBench {

    private RadarClusterBench() {
    }

    public static void main(String[] args) {
        SplittableRandom rng = new SplittableRandom(1);
        List<List<RadarDetection>> scans = new ArrayList<>();
        for (int s = 0; s < 64; s++) {
            List<RadarDetection> d = new ArrayList<>();
            for (int g = 0; g < 40; g++) {
                Scans.blob(d, rng, 1 + rng.nextInt(8), rng.nextDouble(5, 150), rng.nextDouble(-60, 60),
                        rng.nextDouble(-20, 20), 0.5);
            }
            for (int i = 0; i < 60; i++) {
                d.add(Scans.at(rng.nextDouble(5, 150), rng.nextDouble(-60, 60), rng.nextDouble(-20, 20),
                        rng.nextDouble(-15, 5)));
            }
            scans.add(d);
        }
        RadarClusterer clusterer = new RadarClusterer(RadarClusterParams.defaults());
        List<RadarObject> out = new ArrayList<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int warmup = 20_000;
        int measured = 20_000;
        long objects = 0;
        for (int i = 0; i < warmup; i++) {
            objects += clusterer.cluster(scans.get(i % scans.size()), out);
        }
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        for (int i = 0; i < measured; i++) {
            objects += clusterer.cluster(scans.get(i % scans.size()), out);
        }
        double cpuUs = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / measured;
        double wallUs = (System.nanoTime() - wall0) / 1e3 / measured;
        int detections = 0;
        for (List<RadarDetection> d : scans) {
            detections += d.size();
        }
        System.out.printf("radar clustering, %.0f detections/scan: thread CPU mean %.1f us, wall mean %.1f us"
                + " per scan (%d objects total, to keep the JIT honest)%n",
                (double) detections / scans.size(), cpuUs, wallUs, objects);
    }
}
