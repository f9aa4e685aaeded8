package io.avstack.sim.scene;

import io.avstack.core.msg.ObjectClass;

/**
 * The solid parts a pedestrian or cyclist is made of, inside its bounding box: a pedestrian's legs,
 * torso and head; a cyclist's two wheels, frame bar, the rider's legs, torso and head (a motorcycle:
 * wider wheels and a solid body between them). One layout for every sensor that sees shape: the
 * camera paints these parts and the lidar casts its rays against them, so a side-on cyclist is two
 * wheels and a rider to both, not the solid 1.8 m x 1.7 m wall its bounding box would be (which a
 * lidar cannot tell from the rear of a car). Vehicles stay one box to the lidar.
 *
 * <p>Parts are reported to a {@link Sink} as boxes on the actor's long axis: no allocation.
 */
public final class ActorParts {

    public static final int TYRE_RGB = 0x1c1c1e;
    public static final int FRAME_RGB = 0x505058;
    public static final int MOTOR_BODY_RGB = 0x303036;
    public static final int SKIN_RGB = 0xc89878;
    public static final int HAIR_RGB = 0x3a2a1e;
    public static final int TROUSERS_RGB = 0x2a2c3a;

    /** Receives the parts of one actor. */
    @FunctionalInterface
    public interface Sink {
        /**
         * One part: a box centred {@code alongM} ahead of the actor's centre on its long axis, of
         * the actor's yaw, {@code lengthM} x {@code widthM}, from height {@code z0M} to {@code z1M}
         * above the ground, with side and top colours.
         */
        void part(double alongM, double lengthM, double widthM, double z0M, double z1M, int sideRgb, int topRgb);
    }

    private ActorParts() {
    }

    /** Whether actors of {@code cls} are made of parts (pedestrians, cyclists, motorcyclists). */
    public static boolean hasParts(ObjectClass cls) {
        return cls == ObjectClass.PEDESTRIAN || cls == ObjectClass.CYCLIST || cls == ObjectClass.MOTORCYCLIST;
    }

    /**
     * Reports the parts of {@code o} (one of {@link #hasParts}; nothing otherwise), its clothing in
     * colour {@code rgb}.
     */
    public static void of(SceneObject o, int rgb, Sink sink) {
        double l = o.dims().lengthM();
        double w = o.dims().widthM();
        double h = o.dims().heightM();
        switch (o.cls()) {
            case PEDESTRIAN -> pedestrian(l, w, h, rgb, sink);
            case CYCLIST -> cyclist(l, w, h, rgb, false, sink);
            case MOTORCYCLIST -> cyclist(l, w, h, rgb, true, sink);
            default -> {
            }
        }
    }

    /** Legs (one box for both), torso and head of an l x w x h pedestrian. */
    static void pedestrian(double l, double w, double h, int rgb, Sink sink) {
        sink.part(0, 0.6 * l, 0.8 * w, 0, 0.47 * h, TROUSERS_RGB, TROUSERS_RGB);
        sink.part(0, l, w, 0.47 * h, 0.84 * h, rgb, rgb);
        sink.part(0, 0.5 * l, 0.45 * w, 0.86 * h, h, SKIN_RGB, HAIR_RGB);
    }

    /** Two wheels, a frame bar (a motorcycle: its body), the rider's legs, torso and head. */
    static void cyclist(double l, double w, double h, int rgb, boolean motor, Sink sink) {
        double wheelL = Math.min(0.7, 0.38 * l);
        double wheelH = Math.min(0.7, 0.4 * h);
        double wheelW = motor ? 0.16 : 0.06;
        double wheelAt = l / 2 - wheelL / 2;
        sink.part(wheelAt, wheelL, wheelW, 0, wheelH, TYRE_RGB, TYRE_RGB);
        sink.part(-wheelAt, wheelL, wheelW, 0, wheelH, TYRE_RGB, TYRE_RGB);
        if (motor) {
            sink.part(0, l - 2 * wheelL, 0.4 * w, 0.2 * h, 0.45 * h, MOTOR_BODY_RGB, MOTOR_BODY_RGB);
        } else {
            sink.part(0, l - 2 * wheelL + 0.1, 0.05, 0.75 * wheelH, wheelH, FRAME_RGB, FRAME_RGB);
        }
        sink.part(-0.05 * l, 0.3 * l, 0.45 * w, 0.3 * h, 0.52 * h, TROUSERS_RGB, TROUSERS_RGB);
        sink.part(-0.05 * l, 0.3 * l, w, 0.52 * h, 0.86 * h, rgb, rgb);
        sink.part(-0.02 * l, 0.14 * l, 0.4 * w, 0.86 * h, h, SKIN_RGB, SKIN_RGB);
    }
}
