package io.avstack.sim.render;

import io.avstack.core.map.LightState;
import io.avstack.core.msg.ObjectClass;
import io.avstack.sim.scene.ActorParts;
import io.avstack.sim.scene.SceneObject;

/**
 * What each kind of actor looks like to the camera, built from stacked boxes inside the actor's
 * bounding box: vehicles get a dark under-body band (wheels and shadowed sill), a body, and a glass
 * cabin or window band, and lamps; pedestrians and cyclists are {@link ActorParts} (legs, torso
 * and head; two wheels, a frame and a rider).
 * Every part stays inside the actor's box, so its 2D extent never exceeds the box's projection.
 */
final class ActorModels {

    static final int UNDERBODY_RGB = 0x1c1c1e;
    static final int GLASS_RGB = 0x26323e;
    static final int POLE_RGB = 0x6a6a6a;
    static final int HOUSING_RGB = 0x161616;
    static final int UNLIT_LAMP_RGB = 0x303030;
    static final int TAIL_LAMP_RGB = 0xc41414;
    static final int HEAD_LAMP_RGB = 0xf0f0e0;
    /** Depth of a vehicle lamp box, m. */
    static final double LAMP_DEPTH_M = 0.04;
    /** How far the body face sits behind the lamp faces, m. */
    static final double LAMP_SET_BACK_M = 0.001;

    private final BoxPainter boxes;
    private final ActorParts.Sink partSink = this::part;
    /** Pose, id and mode of the actor whose parts {@link #partSink} paints. */
    private double partX;
    private double partY;
    private double partYaw;
    private int partId;
    private int partMode;

    ActorModels(BoxPainter boxes) {
        this.boxes = boxes;
    }

    /** Draws {@code o} with body colour {@code rgb}. */
    void draw(SceneObject o, int rgb, int id, int mode) {
        double l = o.dims().lengthM();
        double w = o.dims().widthM();
        double h = o.dims().heightM();
        double x = o.xM();
        double y = o.yM();
        double yaw = o.yawRad();
        switch (o.cls()) {
            case CAR, UNKNOWN -> car(x, y, yaw, l, w, h, rgb, id, mode);
            case TRUCK, BUS -> bus(x, y, yaw, l, w, h, rgb, id, mode, o.cls() == ObjectClass.BUS);
            case PEDESTRIAN, CYCLIST, MOTORCYCLIST -> parts(o, rgb, id, mode);
        }
    }

    private void car(double x, double y, double yaw, double l, double w, double h, int rgb, int id, int mode) {
        boxes.box(x, y, yaw, l * 0.96, w * 0.96, 0, 0.28 * h, UNDERBODY_RGB, UNDERBODY_RGB, false, id, mode);
        // The body stops 1 mm short of each bumper, so the lamps' outer faces win the depth test
        // while the body still fills the box's corners.
        boxes.box(x, y, yaw, l - 2 * LAMP_SET_BACK_M, w, 0.28 * h, 0.6 * h, rgb, rgb, false, id, mode);
        lamps(x, y, yaw, l, w, 0.4 * h, 0.52 * h, id, mode);
        // The cabin sits a little behind the centre, narrower than the body: windows on all sides.
        double back = -0.06 * l;
        double cx = x + Math.cos(yaw) * back;
        double cy = y + Math.sin(yaw) * back;
        boxes.box(cx, cy, yaw, 0.55 * l, 0.86 * w, 0.6 * h, 0.95 * h, GLASS_RGB, rgb, false, id, mode);
        boxes.box(cx, cy, yaw, 0.5 * l, 0.82 * w, 0.95 * h, h, rgb, rgb, false, id, mode);
    }

    /** Head lamps at the front and tail lamps at the rear corners, between heights z0 and z1. */
    private void lamps(double x, double y, double yaw, double l, double w, double z0, double z1, int id, int mode) {
        double c = Math.cos(yaw);
        double s = Math.sin(yaw);
        double lampW = 0.2 * w;
        double across = w / 2 - lampW / 2 - 0.05;
        for (int end = -1; end <= 1; end += 2) {
            double along = end * (l / 2 - LAMP_DEPTH_M / 2);
            int colour = end < 0 ? TAIL_LAMP_RGB : HEAD_LAMP_RGB;
            for (int side = -1; side <= 1; side += 2) {
                double px = x + c * along - s * side * across;
                double py = y + s * along + c * side * across;
                boxes.box(px, py, yaw, LAMP_DEPTH_M, lampW, z0, z1, colour, colour, false, id, mode);
            }
        }
    }

    private void bus(double x, double y, double yaw, double l, double w, double h, int rgb, int id, int mode,
            boolean passengerWindows) {
        boxes.box(x, y, yaw, l * 0.98, w * 0.96, 0, 0.15 * h, UNDERBODY_RGB, UNDERBODY_RGB, false, id, mode);
        double windowFrom = passengerWindows ? 0.5 * h : 0.62 * h;
        boxes.box(x, y, yaw, l, w, 0.15 * h, windowFrom, rgb, rgb, false, id, mode);
        if (passengerWindows) {
            boxes.box(x, y, yaw, l, w, windowFrom, 0.85 * h, GLASS_RGB, rgb, false, id, mode);
            boxes.box(x, y, yaw, l, w, 0.85 * h, h, rgb, rgb, false, id, mode);
        } else {
            // A truck: cab at the front with a windscreen band, cargo box behind it.
            double cabL = Math.min(2.2, 0.3 * l);
            double fx = Math.cos(yaw) * (l - cabL) / 2;
            double fy = Math.sin(yaw) * (l - cabL) / 2;
            boxes.box(x + fx, y + fy, yaw, cabL, w, windowFrom, 0.85 * h, GLASS_RGB, rgb, false, id, mode);
            boxes.box(x + fx, y + fy, yaw, cabL, w, 0.85 * h, h, rgb, rgb, false, id, mode);
            double bx = -Math.cos(yaw) * cabL / 2;
            double by = -Math.sin(yaw) * cabL / 2;
            boxes.box(x + bx, y + by, yaw, l - cabL, w, windowFrom, h, 0xd8d8d0, 0xd8d8d0, false, id, mode);
        }
    }

    /**
     * Paints the parts of pedestrian or cyclist {@code o} ({@link ActorParts}, the layout the lidar
     * sees too), its clothing in {@code rgb}.
     */
    private void parts(SceneObject o, int rgb, int id, int mode) {
        partX = o.xM();
        partY = o.yM();
        partYaw = o.yawRad();
        partId = id;
        partMode = mode;
        ActorParts.of(o, rgb, partSink);
    }

    private void part(double along, double length, double width, double z0, double z1, int sideRgb, int topRgb) {
        boxes.box(partX + Math.cos(partYaw) * along, partY + Math.sin(partYaw) * along, partYaw, length, width, z0, z1,
                sideRgb, topRgb, false, partId, partMode);
    }

    /** A signal head on a pole at (x, y), its lamps facing {@code facingRad}; the lit lamp in its colour. */
    void trafficLight(double x, double y, double facingRad, LightState state) {
        int solid = Raster.MODE_SOLID;
        boxes.box(x, y, facingRad, 0.15, 0.15, 0, 3.0, POLE_RGB, POLE_RGB, false, 0, solid);
        boxes.box(x, y, facingRad, 0.3, 0.4, 3.0, 4.0, HOUSING_RGB, HOUSING_RGB, false, 0, solid);
        double fx = x + Math.cos(facingRad) * 0.17;
        double fy = y + Math.sin(facingRad) * 0.17;
        lamp(fx, fy, facingRad, 3.68, state == LightState.RED ? 0xff2a1a : UNLIT_LAMP_RGB);
        lamp(fx, fy, facingRad, 3.38, state == LightState.YELLOW ? 0xffc020 : UNLIT_LAMP_RGB);
        lamp(fx, fy, facingRad, 3.08, state == LightState.GREEN ? 0x30ff60 : UNLIT_LAMP_RGB);
    }

    private void lamp(double x, double y, double yaw, double z0, int rgb) {
        boxes.box(x, y, yaw, 0.05, 0.24, z0, z0 + 0.24, rgb, rgb, true, 0, Raster.MODE_SOLID);
    }
}
