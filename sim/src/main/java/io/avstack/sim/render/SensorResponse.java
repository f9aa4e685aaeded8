package io.avstack.sim.render;

import java.util.SplittableRandom;

/**
 * Turns the rendered linear colours into the 8-bit RGB a camera would deliver: a per-run white
 * balance (seeded jitter) and additive Gaussian pixel noise. The noise comes from a table filled
 * once from the seed, read from an offset that depends only on the seed and the frame's time, so a
 * frame is reproducible from (scene, seed) alone, whatever was rendered before it.
 */
final class SensorResponse {

    private static final int NOISE_BITS = 20;
    private static final int NOISE_MASK = (1 << NOISE_BITS) - 1;
    /** {@link #CLAMPED}[CLAMP_OFFSET + v] = clamp(v) as a byte, for v = level (0..255) + noise (-128..127). */
    private static final int CLAMP_OFFSET = 128;
    private static final byte[] CLAMPED = new byte[256 + 256];

    static {
        for (int i = 0; i < CLAMPED.length; i++) {
            CLAMPED[i] = (byte) Colours.clamp(i - CLAMP_OFFSET);
        }
    }

    private final long seed;
    private final byte[] noise;
    private final int[] lutR = new int[256];
    private final int[] lutG = new int[256];
    private final int[] lutB = new int[256];

    SensorResponse(long seed, double colourJitter, double noiseSigma) {
        this.seed = seed;
        double gainR = 1 + 0.5 * colourJitter * Colours.signedUnit(Colours.mix64(seed + 11));
        double gainG = 1 + 0.5 * colourJitter * Colours.signedUnit(Colours.mix64(seed + 12));
        double gainB = 1 + 0.5 * colourJitter * Colours.signedUnit(Colours.mix64(seed + 13));
        for (int i = 0; i < 256; i++) {
            lutR[i] = Colours.clamp((int) Math.round(i * gainR));
            lutG[i] = Colours.clamp((int) Math.round(i * gainG));
            lutB[i] = Colours.clamp((int) Math.round(i * gainB));
        }
        if (noiseSigma > 0) {
            noise = new byte[1 << NOISE_BITS];
            SplittableRandom random = new SplittableRandom(seed);
            for (int i = 0; i < noise.length; i++) {
                noise[i] = (byte) Math.max(-127, Math.min(127, Math.round(random.nextGaussian() * noiseSigma)));
            }
        } else {
            noise = null;
        }
    }

    /** Writes RGB8 bytes for {@code colour} into {@code dest} (3 bytes per pixel). */
    void toRgb8(int[] colour, long simTimeNs, byte[] dest) {
        int n = colour.length;
        if (noise == null) {
            for (int i = 0, o = 0; i < n; i++, o += 3) {
                int c = colour[i];
                dest[o] = (byte) lutR[(c >> 16) & 0xff];
                dest[o + 1] = (byte) lutG[(c >> 8) & 0xff];
                dest[o + 2] = (byte) lutB[c & 0xff];
            }
            return;
        }
        toRgb8From(colour, noiseStart(simTimeNs), dest);
    }

    /** Offset into the noise table of the frame at {@code simTimeNs}. */
    int noiseStart(long simTimeNs) {
        return (int) (Colours.mix64(seed ^ Colours.mix64(simTimeNs)) & NOISE_MASK);
    }

    /** White-balanced level of channel {@code channel} (0 R, 1 G, 2 B) for linear level {@code v} (tests). */
    int level(int channel, int v) {
        return (channel == 0 ? lutR : channel == 1 ? lutG : lutB)[v];
    }

    /** Noise table entry {@code k} (tests). */
    int noiseAt(int k) {
        return noise[k];
    }

    /** {@link #toRgb8} with noise read from offset {@code start} on (a noisy response only). */
    void toRgb8From(int[] colour, int start, byte[] dest) {
        int n = colour.length;
        int k = start;
        byte[] nz = noise;
        byte[] clamp = CLAMPED;
        int i = 0;
        int o = 0;
        while (i < n) {
            k &= NOISE_MASK;
            // Pixels whose three noise bytes lie before the table's end need no index wrap.
            int run = Math.min(n - i, (nz.length - k) / 3);
            for (int end = i + run; i < end; i++, o += 3, k += 3) {
                int c = colour[i];
                dest[o] = clamp[CLAMP_OFFSET + lutR[(c >> 16) & 0xff] + nz[k]];
                dest[o + 1] = clamp[CLAMP_OFFSET + lutG[(c >> 8) & 0xff] + nz[k + 1]];
                dest[o + 2] = clamp[CLAMP_OFFSET + lutB[c & 0xff] + nz[k + 2]];
            }
            if (run == 0) { // the pixel whose noise bytes straddle the end of the table
                int c = colour[i];
                dest[o] = clamp[CLAMP_OFFSET + lutR[(c >> 16) & 0xff] + nz[k]];
                dest[o + 1] = clamp[CLAMP_OFFSET + lutG[(c >> 8) & 0xff] + nz[(k + 1) & NOISE_MASK]];
                dest[o + 2] = clamp[CLAMP_OFFSET + lutB[c & 0xff] + nz[(k + 2) & NOISE_MASK]];
                k = (k + 3) & NOISE_MASK;
                i++;
                o += 3;
            }
        }
    }
}
