package io.avstack.sim.render;

/**
 * Paints every pixel with the sky (a gradient from the horizon colour to the zenith colour) or, for
 * rays that hit the ground plane, grass: lit like a flat surface, with a blocky texture anchored in
 * the world (so it moves correctly as the ego drives) that fades out with distance, and fog towards
 * the horizon. Per-frame lookup tables keep the per-pixel work to a division and a few multiplies.
 */
final class Background {

    static final int GRASS_RGB = 0x4d7a34;
    private static final int SKY_STEPS = 256;
    /** Distance resolution of the grass lookup table, m per entry. */
    private static final double GRASS_STEP_M = 0.5;
    private static final int GRASS_STEPS = 1024;
    /** Texture cells per metre. */
    private static final double TEXTURE_PER_M = 1.2;
    /** Beyond this the texture would alias; it fades out before it. */
    private static final double TEXTURE_FADE_M = 45;

    private final int[] sky = new int[SKY_STEPS];
    /** Three texture shades (dark, mid, light) per distance step. */
    private final int[] grass = new int[3 * GRASS_STEPS];

    void prepare(Lighting lighting, Raster raster) {
        for (int i = 0; i < SKY_STEPS; i++) {
            double e = i / (double) (SKY_STEPS - 1);
            sky[i] = Colours.mix(lighting.skyHorizonRgb(), lighting.skyZenithRgb(), Math.min(1, Math.sqrt(e) * 1.15));
        }
        int lit = Colours.scale(GRASS_RGB, lighting.brightness(0, 0, 1));
        for (int i = 0; i < GRASS_STEPS; i++) {
            double t = (i + 0.5) * GRASS_STEP_M;
            double amplitude = 0.12 * Math.max(0, 1 - t / TEXTURE_FADE_M);
            double fog = raster.fogAt(t);
            grass[3 * i] = Colours.mix(Colours.scale(lit, 1 - amplitude), raster.fogColour(), fog);
            grass[3 * i + 1] = Colours.mix(lit, raster.fogColour(), fog);
            grass[3 * i + 2] = Colours.mix(Colours.scale(lit, 1 + amplitude), raster.fogColour(), fog);
        }
    }

    /**
     * @param m    world-to-optical [R | t], row-major 3x4
     * @param camX camera position in the world, m
     */
    void paint(Raster raster, double[] m, double camX, double camY, double camZ, double fx, double fy, double cx,
            double cy) {
        int w = raster.width;
        int h = raster.height;
        int[] colour = raster.colour;
        // World ray of pixel (u, v) = R^T (xo, yo, 1), xo = (u - cx) / fx: linear in u and v.
        double ax = m[0] / fx, ay = m[1] / fx, az = m[2] / fx;
        double bx = m[4] / fy, by = m[5] / fy, bz = m[6] / fy;
        double ox = m[8] - ax * cx - bx * cy, oy = m[9] - ay * cx - by * cy, oz = m[10] - az * cx - bz * cy;
        for (int v = 0; v < h; v++) {
            double rx = ox + bx * v, ry = oy + by * v, rz = oz + bz * v;
            int row = v * w;
            for (int u = 0; u < w; u++) {
                double dx = rx + ax * u, dy = ry + ay * u, dz = rz + az * u;
                if (dz >= 0) {
                    double e = dz / Math.sqrt(dx * dx + dy * dy + dz * dz);
                    colour[row + u] = sky[(int) (e * (SKY_STEPS - 1))];
                } else {
                    // A camera at or below the ground (a bad mount) sees grass at distance 0, not a crash.
                    double t = Math.max(0, camZ) / -dz;
                    int step = (int) Math.min(GRASS_STEPS - 1, t * (1 / GRASS_STEP_M));
                    long cellX = (long) Math.floor((camX + t * dx) * TEXTURE_PER_M);
                    long cellY = (long) Math.floor((camY + t * dy) * TEXTURE_PER_M);
                    int shade = (int) ((Colours.mix64(cellX * 0x9E3779B97F4A7C15L + cellY) >>> 33) % 3);
                    colour[row + u] = grass[3 * step + shade];
                }
            }
        }
    }
}
