package io.avstack.vehicle.train;

import io.avstack.core.msg.LidarScan;
import io.avstack.perception.lidar.BevRasteriser;
import io.avstack.perception.lidar.LidarDetector;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Latency of {@link LidarDetector#detect} on simulated 32-beam scans (evaluation seed range),
 * rasterisation, network and decoding included, and of the rasteriser alone. A benchmark: wall
 * time from {@code System.nanoTime}, measured after a warm-up so the JIT and the engine have
 * settled. Also the calling thread's CPU time per call: with one PyTorch intra-op thread the
 * network runs on the calling thread, so that is the latency the call would have on a core of its
 * own, which a machine shared with other work does not give (its wall time then includes waiting
 * for a core).
 */
public final class LidarLatency {

    /**
     * @param detectP50Ms   detector p50, ms
     * @param detectP99Ms   detector p99, ms
     * @param cpuP50Ms      the calling thread's CPU time per detect call, p50, ms
     * @param cpuP99Ms      the same, p99, ms
     * @param rasterP50Ms   rasteriser alone p50, ms
     * @param meanPoints    mean points per scan
     */
    public record Result(int scans, double detectP50Ms, double detectP99Ms, double cpuP50Ms, double cpuP99Ms,
                         double rasterP50Ms, double meanPoints) {
    }

    private LidarLatency() {
    }

    /** Runs {@code warmUp} unmeasured calls, then {@code scans} measured ones over 50 distinct scans. */
    public static Result measure(LidarDetector detector, LidarDatasetGenerator generator, int warmUp, int scans) {
        List<LidarScan> pool = new ArrayList<>();
        double points = 0;
        for (int i = 0; i < 50; i++) {
            LidarScan s = generator.frame(SeedRanges.frameSeed(SeedRanges.Split.EVAL, 0, i)).scan();
            pool.add(s);
            points += s.pointCount();
        }
        for (int i = 0; i < warmUp; i++) {
            detector.detect(pool.get(i % pool.size()));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] detectNs = new long[scans];
        long[] cpuNs = new long[scans];
        for (int i = 0; i < scans; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            detector.detect(pool.get(i % pool.size()));
            detectNs[i] = System.nanoTime() - t0;
            cpuNs[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        BevRasteriser raster = new BevRasteriser(detector.config().grid(), generator.lidar().extrinsics());
        long[] rasterNs = new long[scans];
        for (int i = 0; i < scans + warmUp; i++) {
            long t0 = System.nanoTime();
            raster.rasterise(pool.get(i % pool.size()));
            if (i >= warmUp) {
                rasterNs[i - warmUp] = System.nanoTime() - t0;
            }
        }
        Arrays.sort(detectNs);
        Arrays.sort(cpuNs);
        Arrays.sort(rasterNs);
        return new Result(scans, p50(detectNs), p99(detectNs), p50(cpuNs), p99(cpuNs), p50(rasterNs),
                points / pool.size());
    }

    private static double p50(long[] sortedNs) {
        return sortedNs[sortedNs.length / 2] / 1e6;
    }

    private static double p99(long[] sortedNs) {
        return sortedNs[Math.min(sortedNs.length - 1, (int) (sortedNs.length * 0.99))] / 1e6;
    }
}
