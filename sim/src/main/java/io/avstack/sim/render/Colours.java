package io.avstack.sim.render;

/** Packed 0xRRGGBB colour arithmetic, allocation-free. */
final class Colours {

    private Colours() {
    }

    /** Each channel times {@code factor}, clamped to 0..255. */
    static int scale(int rgb, double factor) {
        int r = clamp((int) (((rgb >> 16) & 0xff) * factor + 0.5));
        int g = clamp((int) (((rgb >> 8) & 0xff) * factor + 0.5));
        int b = clamp((int) ((rgb & 0xff) * factor + 0.5));
        return (r << 16) | (g << 8) | b;
    }

    /** (1 - t) a + t b per channel, t in 0..1. */
    static int mix(int a, int b, double t) {
        double s = 1 - t;
        int r = clamp((int) (((a >> 16) & 0xff) * s + ((b >> 16) & 0xff) * t + 0.5));
        int g = clamp((int) (((a >> 8) & 0xff) * s + ((b >> 8) & 0xff) * t + 0.5));
        int bl = clamp((int) ((a & 0xff) * s + (b & 0xff) * t + 0.5));
        return (r << 16) | (g << 8) | bl;
    }

    static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }

    /** SplitMix64 finaliser: a well-mixed 64-bit hash, for seeded per-actor and per-frame values. */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** A uniform value in [-1, 1) from a hash. */
    static double signedUnit(long hash) {
        return ((hash >>> 11) * 0x1.0p-53) * 2 - 1;
    }
}
