package io.avstack.vehicle.train;

import io.avstack.core.msg.LidarScan;
import io.avstack.perception.DetectorLatency;
import io.avstack.perception.lidar.BevRasteriser;
import io.avstack.perception.lidar.LidarDetector;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * Latency of {@link LidarDetector#detect} on simulated 32-beam scans (evaluation seed range,
 * {@link #DISTINCT_SCANS} of them cycled), rasterisation, network and decoding included, and of
 * the rasteriser alone; percentiles by {@link DetectorLatency}. A benchmark: wall time from
 * {@code System.nanoTime}, after a warm-up. Also the calling thread's CPU time per call: with one
 * PyTorch intra-op thread the network runs on the calling thread, so that is the latency the call
 * would have on a core of its own, which a machine shared with other work does not give (its wall
 * time then includes waiting for a core).
 */
public final class LidarLatency {

    /** Distinct scans cycled through. */
    public static final int DISTINCT_SCANS = 50;

    /**
     * @param wall       detect() wall time
     * @param cpu        the calling thread's CPU time per detect() call
     * @param raster     the rasteriser alone, wall time
     * @param meanPoints mean points per scan
     */
    public record Result(DetectorLatency.Result wall, DetectorLatency.Result cpu, DetectorLatency.Result raster,
                         double meanPoints) {
    }

    private LidarLatency() {
    }

    /** Runs {@code warmUp} unmeasured calls, then {@code scans} measured ones. */
    public static Result measure(LidarDetector detector, LidarDatasetGenerator generator, int warmUp, int scans) {
        List<LidarScan> pool = new ArrayList<>(DISTINCT_SCANS);
        double points = 0;
        for (int i = 0; i < DISTINCT_SCANS; i++) {
            LidarScan s = generator.frame(SeedRanges.frameSeed(SeedRanges.Split.EVAL, 0, i)).scan();
            pool.add(s);
            points += s.pointCount();
        }
        for (int i = 0; i < warmUp; i++) {
            detector.detect(pool.get(i % pool.size()));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wallNs = new long[scans];
        long[] cpuNs = new long[scans];
        for (int i = 0; i < scans; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            detector.detect(pool.get(i % pool.size()));
            wallNs[i] = System.nanoTime() - t0;
            cpuNs[i] = threads.getCurrentThreadCpuTime() - c0;
        }
        BevRasteriser raster = new BevRasteriser(detector.config().grid(), generator.lidar().extrinsics());
        int[] next = {0};
        DetectorLatency.Result rasterOnly = DetectorLatency.measure(
                () -> raster.rasterise(pool.get(next[0]++ % pool.size())), warmUp, scans);
        return new Result(DetectorLatency.summarise(wallNs), DetectorLatency.summarise(cpuNs), rasterOnly,
                points / pool.size());
    }
}
