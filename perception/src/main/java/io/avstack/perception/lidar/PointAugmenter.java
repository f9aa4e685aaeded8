package io.avstack.perception.lidar;

import io.avstack.core.msg.LidarScan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Augmentation of training scans in the vehicle frame, all randomness from the generator passed in:
 * mirror in y (half the time), a small rotation about the vehicle origin, random point dropout and
 * Gaussian jitter of positions and intensities; boxes follow the geometric changes. Robustness mode
 * adds strong corruptions: a blanked azimuth sector (a dirty or blocked window), heavy dropout and
 * noise. Returns a new sample; the input is not changed.
 */
public final class PointAugmenter {

    static final double MAX_ROTATION_RAD = Math.toRadians(8);
    static final double MAX_DROPOUT = 0.2;
    static final double MAX_NOISE_M = 0.03;

    private final boolean robustness;

    public PointAugmenter(boolean robustness) {
        this.robustness = robustness;
    }

    public LidarSample apply(LidarSample s, RandomGenerator rng) {
        boolean flip = rng.nextBoolean();
        double rot = rng.nextDouble(-MAX_ROTATION_RAD, MAX_ROTATION_RAD);
        double dropout = rng.nextDouble(0, MAX_DROPOUT);
        double noiseM = rng.nextDouble(0, MAX_NOISE_M);
        double sectorFrom = 0;
        double sectorWidth = 0;
        if (robustness && rng.nextDouble() < 0.3) {
            sectorFrom = rng.nextDouble(-Math.PI, Math.PI);
            sectorWidth = rng.nextDouble(0.1, 0.6);
        }
        if (robustness && rng.nextDouble() < 0.2) {
            dropout = rng.nextDouble(0.3, 0.6);
            noiseM = rng.nextDouble(0.03, 0.08);
        }
        double c = Math.cos(rot);
        double sn = Math.sin(rot);
        float[] src = s.xyzi();
        float[] dst = new float[s.points() * LidarScan.FLOATS_PER_POINT];
        int n = 0;
        for (int p = 0; p < s.points(); p++) {
            int i = p * LidarScan.FLOATS_PER_POINT;
            if (rng.nextDouble() < dropout) {
                continue;
            }
            double x = src[i];
            double y = flip ? -src[i + 1] : src[i + 1];
            if (sectorWidth > 0 && inSector(Math.atan2(y, x), sectorFrom, sectorWidth)) {
                continue;
            }
            int o = n * LidarScan.FLOATS_PER_POINT;
            dst[o] = (float) (c * x - sn * y + noiseM * rng.nextGaussian());
            dst[o + 1] = (float) (sn * x + c * y + noiseM * rng.nextGaussian());
            dst[o + 2] = (float) (src[i + 2] + noiseM * rng.nextGaussian());
            dst[o + 3] = (float) Math.min(1, Math.max(0, src[i + 3] * (1 + 0.1 * rng.nextGaussian())));
            n++;
        }
        List<BevBox> boxes = new ArrayList<>(s.boxes().size());
        for (BevBox b : s.boxes()) {
            boxes.add(transform(b, flip, c, sn, rot));
        }
        return new LidarSample(dst, n, boxes);
    }

    /** The sample moved by {@code -offsetM} in y (points and boxes): the part at y = offset comes to y = 0. */
    public static LidarSample shiftY(LidarSample s, double offsetM) {
        float[] dst = Arrays.copyOf(s.xyzi(), s.points() * LidarScan.FLOATS_PER_POINT);
        float d = (float) offsetM;
        for (int i = 1; i < dst.length; i += LidarScan.FLOATS_PER_POINT) {
            dst[i] -= d;
        }
        List<BevBox> boxes = new ArrayList<>(s.boxes().size());
        for (BevBox b : s.boxes()) {
            boxes.add(new BevBox(b.cls(), b.xM(), b.yM() - offsetM, b.lengthM(), b.widthM(), b.heightM(), b.yawRad()));
        }
        return new LidarSample(dst, s.points(), boxes);
    }

    /** A box mirrored in y (when {@code flip}) and then turned by {@code rot} about the origin. */
    static BevBox transform(BevBox b, boolean flip, double cos, double sin, double rot) {
        double y = flip ? -b.yM() : b.yM();
        double yaw = (flip ? -b.yawRad() : b.yawRad()) + rot;
        return new BevBox(b.cls(), cos * b.xM() - sin * y, sin * b.xM() + cos * y, b.lengthM(), b.widthM(),
                b.heightM(), yaw);
    }

    private static boolean inSector(double az, double from, double width) {
        double d = az - from;
        d -= 2 * Math.PI * Math.floor(d / (2 * Math.PI));
        return d < width;
    }
}
