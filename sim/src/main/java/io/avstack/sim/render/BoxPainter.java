package io.avstack.sim.render;

/**
 * Draws oriented boxes standing upright in the world: the faces turned towards the camera, each
 * flat-shaded by {@link Lighting} (Lambert from the sun plus ambient). Allocation-free.
 */
final class BoxPainter {

    private final Raster raster;
    private Lighting lighting = Lighting.DAY;
    private double camX;
    private double camY;
    private double camZ;

    BoxPainter(Raster raster) {
        this.raster = raster;
    }

    void setFrame(Lighting light, double cameraXM, double cameraYM, double cameraZM) {
        this.lighting = light;
        this.camX = cameraXM;
        this.camY = cameraYM;
        this.camZ = cameraZM;
    }

    /**
     * A box centred at (x, y) in the ground plane, its length along {@code yawRad}, from height z0 to z1.
     *
     * @param sideRgb colour of the four sides; {@code topRgb} that of the top
     * @param emissive true to skip shading (a lamp)
     * @param id       actor id for the id buffer (0 = not an actor)
     * @param mode     {@link Raster#MODE_SOLID} or {@link Raster#MODE_COVERAGE}
     */
    void box(double x, double y, double yawRad, double lengthM, double widthM, double z0, double z1, int sideRgb,
            int topRgb, boolean emissive, int id, int mode) {
        double c = Math.cos(yawRad);
        double s = Math.sin(yawRad);
        double hl = lengthM / 2;
        double hw = widthM / 2;
        // Corners counter-clockwise seen from above: front-right, front-left, rear-left, rear-right.
        double fx = c * hl, fy = s * hl, lx = -s * hw, ly = c * hw;
        double x0 = x + fx - lx, y0 = y + fy - ly;
        double x1 = x + fx + lx, y1 = y + fy + ly;
        double x2 = x - fx + lx, y2 = y - fy + ly;
        double x3 = x - fx - lx, y3 = y - fy - ly;
        side(x0, y0, x1, y1, c, s, z0, z1, sideRgb, emissive, id, mode);
        side(x1, y1, x2, y2, -s, c, z0, z1, sideRgb, emissive, id, mode);
        side(x2, y2, x3, y3, -c, -s, z0, z1, sideRgb, emissive, id, mode);
        side(x3, y3, x0, y0, s, -c, z0, z1, sideRgb, emissive, id, mode);
        if (camZ > z1) {
            int top = emissive || mode == Raster.MODE_COVERAGE ? topRgb : Colours.scale(topRgb,
                    lighting.brightness(0, 0, 1));
            raster.quad(x0, y0, z1, x1, y1, z1, x2, y2, z1, x3, y3, z1, top, id, mode);
        }
    }

    /** One vertical face from (ax, ay) to (bx, by) with outward normal (nx, ny, 0). */
    private void side(double ax, double ay, double bx, double by, double nx, double ny, double z0, double z1,
            int rgb, boolean emissive, int id, int mode) {
        if (nx * (camX - ax) + ny * (camY - ay) <= 0) {
            return;
        }
        int shaded = emissive || mode == Raster.MODE_COVERAGE ? rgb : Colours.scale(rgb,
                lighting.brightness(nx, ny, 0));
        raster.quad(ax, ay, z0, bx, by, z0, bx, by, z1, ax, ay, z1, shaded, id, mode);
    }
}
