package io.avstack.vehicle.train;

import io.avstack.core.msg.LidarScan;
import io.avstack.perception.lidar.BevRasteriser;
import io.avstack.perception.lidar.LidarDetector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Latency of {@link LidarDetector#detect} on simulated 32-beam scans (evaluation seed range),
 * rasterisation, network and decoding included, and of the rasteriser alone. A benchmark: wall
 * time from {@code System.nanoTime}, measured after a warm-up so the JIT and the engine have
 * settled.
 */
public final class LidarLatency {

    /**
     * @param detectP50Ms   detector p50, ms
     * @param detectP99Ms   detector p99, ms
     * @param rasterP50Ms   rasteriser alone p50, ms
     * @param meanPoints    mean points per scan
     */
    public record Result(int scans, double detectP50Ms, double detectP99Ms, double rasterP50Ms, double meanPoints) {
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
        long[] detectNs = new long[scans];
        for (int i = 0; i < scans; i++) {
            long t0 = System.nanoTime();
            detector.detect(pool.get(i % pool.size()));
            detectNs[i] = System.nanoTime() - t0;
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
        Arrays.sort(rasterNs);
        return new Result(scans, detectNs[scans / 2] / 1e6, detectNs[Math.min(scans - 1, (int) (scans * 0.99))] / 1e6,
                rasterNs[scans / 2] / 1e6, points / pool.size());
    }
}
