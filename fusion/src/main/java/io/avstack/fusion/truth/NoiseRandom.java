package io.avstack.fusion.truth;

import java.util.SplittableRandom;

/**
 * Seeded randomness of the truth-noise stages: one generator per frame, keyed by (seed, stamp), so a
 * frame's detections are a pure function of the frame and the seed, whatever ran before.
 */
final class NoiseRandom {

    private NoiseRandom() {
    }

    /** A generator for the frame stamped {@code stampNs} of the stream {@code seed}. */
    static SplittableRandom forFrame(long seed, long stampNs) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ stampNs);
    }

    /** Poisson(mean) by Knuth's product method (means here are small). */
    static int poisson(SplittableRandom rng, double mean) {
        if (!(mean > 0)) {
            return 0;
        }
        double limit = Math.exp(-mean);
        double product = rng.nextDouble();
        int k = 0;
        while (product > limit) {
            product *= rng.nextDouble();
            k++;
        }
        return k;
    }

    /** Standard normal sample. */
    static double gaussian(SplittableRandom rng) {
        double u1 = Math.max(rng.nextDouble(), 1e-300);
        double u2 = rng.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
