package io.avstack.sim.render;

/**
 * Scene illumination for the camera renderer: a directional sun plus uniform ambient light, and the
 * sky colours. Brightness factors are relative to a surface's own colour (1 = its colour as given).
 *
 * @param sunElevationRad sun height above the horizon, rad (0 = on the horizon, pi/2 = overhead)
 * @param sunAzimuthRad   sun direction in the world frame, counter-clockwise from world +x, rad
 * @param sunIntensity    brightness added to a surface facing the sun squarely, >= 0
 * @param ambient         brightness of a surface in shade, >= 0
 * @param skyZenithRgb    sky colour straight up, 0xRRGGBB
 * @param skyHorizonRgb   sky colour at the horizon (also the colour distant ground fades to), 0xRRGGBB
 */
public record Lighting(double sunElevationRad, double sunAzimuthRad, double sunIntensity, double ambient,
                       int skyZenithRgb, int skyHorizonRgb) {

    /** Clear day, sun high in the south-west. */
    public static final Lighting DAY = new Lighting(Math.toRadians(50), Math.toRadians(-135), 0.55, 0.6,
            0x3a78c8, 0xb8d4ee);
    /** Dusk: low sun, dim ambient, orange horizon. */
    public static final Lighting DUSK = new Lighting(Math.toRadians(6), Math.toRadians(160), 0.35, 0.3,
            0x1c2a52, 0xd88a58);

    public Lighting {
        if (!(sunElevationRad >= 0 && sunElevationRad <= Math.PI / 2)) {
            throw new IllegalArgumentException("Lighting.sunElevationRad must be in [0, pi/2], was " + sunElevationRad);
        }
        if (!(sunIntensity >= 0) || !(ambient >= 0)) {
            throw new IllegalArgumentException("Lighting.sunIntensity and ambient must be >= 0, were "
                    + sunIntensity + ", " + ambient);
        }
    }

    /** World-frame unit vector towards the sun, x component. */
    double sunX() {
        return Math.cos(sunElevationRad) * Math.cos(sunAzimuthRad);
    }

    double sunY() {
        return Math.cos(sunElevationRad) * Math.sin(sunAzimuthRad);
    }

    double sunZ() {
        return Math.sin(sunElevationRad);
    }

    /** Brightness of a surface with world-frame unit normal (nx, ny, nz): Lambert plus ambient. */
    double brightness(double nx, double ny, double nz) {
        double lambert = nx * sunX() + ny * sunY() + nz * sunZ();
        // Sky light comes mostly from above: tops a little brighter than sides in shade.
        double sky = ambient * (0.85 + 0.15 * nz);
        return sky + sunIntensity * Math.max(0, lambert);
    }
}
