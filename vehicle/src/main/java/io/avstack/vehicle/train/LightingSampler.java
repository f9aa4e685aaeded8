package io.avstack.vehicle.train;

import io.avstack.sim.render.Lighting;
import java.util.SplittableRandom;

/**
 * Varied illumination: a blend between {@link Lighting#DAY} and {@link Lighting#DUSK} with a random
 * sun azimuth, and sometimes overcast (weak sun, strong ambient, grey sky).
 */
final class LightingSampler {

    private static final int OVERCAST_SKY_RGB = 0x9aa0a8;

    private LightingSampler() {
    }

    static Lighting sample(SplittableRandom rng) {
        double t = rng.nextDouble();
        t = t * t; // more day than dusk
        Lighting a = Lighting.DAY;
        Lighting b = Lighting.DUSK;
        double elevation = lerp(a.sunElevationRad(), b.sunElevationRad(), t);
        double azimuth = rng.nextDouble() * 2 * Math.PI - Math.PI;
        double sun = lerp(a.sunIntensity(), b.sunIntensity(), t);
        double ambient = lerp(a.ambient(), b.ambient(), t);
        int zenith = lerpRgb(a.skyZenithRgb(), b.skyZenithRgb(), t);
        int horizon = lerpRgb(a.skyHorizonRgb(), b.skyHorizonRgb(), t);
        if (rng.nextDouble() < 0.2) {
            double o = 0.5 + 0.5 * rng.nextDouble();
            sun *= 1 - o;
            ambient = lerp(ambient, 0.85, o);
            zenith = lerpRgb(zenith, OVERCAST_SKY_RGB, o);
            horizon = lerpRgb(horizon, OVERCAST_SKY_RGB, o);
        }
        double exposure = 0.8 + 0.4 * rng.nextDouble();
        return new Lighting(elevation, azimuth, sun * exposure, ambient * exposure, zenith, horizon);
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    private static int lerpRgb(int a, int b, double t) {
        int r = (int) Math.round(lerp((a >> 16) & 0xff, (b >> 16) & 0xff, t));
        int g = (int) Math.round(lerp((a >> 8) & 0xff, (b >> 8) & 0xff, t));
        int bl = (int) Math.round(lerp(a & 0xff, b & 0xff, t));
        return (r << 16) | (g << 8) | bl;
    }
}
