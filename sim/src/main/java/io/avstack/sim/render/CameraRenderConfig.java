package io.avstack.sim.render;

/**
 * Settings of a {@link CameraRenderer}.
 *
 * @param lighting       sun, ambient and sky
 * @param seed           run seed: fixes the per-run colour jitter and the sensor noise pattern
 * @param colourJitter   relative per-run variation of each actor's colour and of the white
 *                       balance, 0..0.5 (0 = colours exactly as given)
 * @param noiseSigma     standard deviation of the additive pixel noise, in 8-bit levels, 0..50
 * @param nearM          near clipping plane distance, m (> 0)
 * @param drawDistanceM  geometry farther than this from the camera is not drawn, m
 */
public record CameraRenderConfig(Lighting lighting, long seed, double colourJitter, double noiseSigma, double nearM,
                                 double drawDistanceM) {

    /** Daylight, mild jitter and noise, 0.1 m near plane, 250 m draw distance. */
    public static CameraRenderConfig defaults(long seed) {
        return new CameraRenderConfig(Lighting.DAY, seed, 0.08, 2.0, 0.1, 250);
    }

    public CameraRenderConfig {
        if (lighting == null) {
            throw new IllegalArgumentException("CameraRenderConfig.lighting must not be null");
        }
        if (!(colourJitter >= 0 && colourJitter <= 0.5)) {
            throw new IllegalArgumentException("CameraRenderConfig.colourJitter must be in [0, 0.5], was " + colourJitter);
        }
        if (!(noiseSigma >= 0 && noiseSigma <= 50)) {
            throw new IllegalArgumentException("CameraRenderConfig.noiseSigma must be in [0, 50], was " + noiseSigma);
        }
        if (!(nearM > 0) || !(drawDistanceM > nearM)) {
            throw new IllegalArgumentException("CameraRenderConfig needs 0 < nearM < drawDistanceM, was "
                    + nearM + ", " + drawDistanceM);
        }
    }

    public CameraRenderConfig withLighting(Lighting newLighting) {
        return new CameraRenderConfig(newLighting, seed, colourJitter, noiseSigma, nearM, drawDistanceM);
    }

    public CameraRenderConfig withNoise(double newColourJitter, double newNoiseSigma) {
        return new CameraRenderConfig(lighting, seed, newColourJitter, newNoiseSigma, nearM, drawDistanceM);
    }
}
