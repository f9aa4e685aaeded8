package io.avstack.sim.fault;

import io.avstack.core.msg.LidarScan;

import java.util.random.RandomGenerator;

import static io.avstack.core.msg.LidarScan.FLOATS_PER_POINT;

/** Lidar faults; each returns a new scan with new arrays (the input's arrays are shared, never written). */
final class LidarFaults {

    private LidarFaults() {
    }

    /** The scan without the points whose 3-D range exceeds {@code maxRangeM}. */
    static LidarScan rangeLoss(LidarScan scan, double maxRangeM) {
        float[] xyzi = scan.xyzi();
        int n = scan.pointCount();
        double maxSq = maxRangeM * maxRangeM;
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (rangeSq(xyzi, i) <= maxSq) {
                kept++;
            }
        }
        float[] outXyzi = new float[kept * FLOATS_PER_POINT];
        int[] outRing = new int[kept];
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (rangeSq(xyzi, i) <= maxSq) {
                System.arraycopy(xyzi, i * FLOATS_PER_POINT, outXyzi, k * FLOATS_PER_POINT, FLOATS_PER_POINT);
                outRing[k++] = scan.ring()[i];
            }
        }
        return new LidarScan(scan.header(), outXyzi, outRing);
    }

    /** Each point moved along its ray by Gaussian noise of {@code sigmaM} (range never below 0). */
    static LidarScan rangeNoise(LidarScan scan, double sigmaM, RandomGenerator rng) {
        float[] out = scan.xyzi().clone();
        int n = scan.pointCount();
        for (int i = 0; i < n; i++) {
            double r = Math.sqrt(rangeSq(out, i));
            if (r == 0.0) {
                continue;
            }
            double scale = Math.max(0.0, r + rng.nextGaussian() * sigmaM) / r;
            int b = i * FLOATS_PER_POINT;
            out[b] = (float) (out[b] * scale);
            out[b + 1] = (float) (out[b + 1] * scale);
            out[b + 2] = (float) (out[b + 2] * scale);
        }
        // ring is read-only once published, so the new scan may share it
        return new LidarScan(scan.header(), out, scan.ring());
    }

    private static double rangeSq(float[] xyzi, int i) {
        int b = i * FLOATS_PER_POINT;
        double x = xyzi[b];
        double y = xyzi[b + 1];
        double z = xyzi[b + 2];
        return x * x + y * y + z * z;
    }
}
