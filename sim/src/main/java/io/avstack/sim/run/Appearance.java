package io.avstack.sim.run;

import io.avstack.sim.actor.ActorKind;

/**
 * How an actor looks to the sensor models: body colour, lidar reflectivity, radar cross-section.
 * Derived from kind and id only, so a run needs no random draw for it.
 */
final class Appearance {

    /** Car paints picked by {@code id % length}: white, silver, black, red, blue, grey. */
    private static final int[] CAR_RGB = {0xF0F0F0, 0xB8BCC0, 0x202020, 0xB01818, 0x1C3C8C, 0x606468};

    private Appearance() {
    }

    static int rgb(ActorKind kind, long id) {
        return switch (kind) {
            case CAR, TRUCK -> CAR_RGB[(int) Math.floorMod(id, (long) CAR_RGB.length)];
            case PEDESTRIAN -> 0x3050A0;
            case CYCLIST -> 0x208040;
        };
    }

    static double reflectivity(ActorKind kind) {
        return kind == ActorKind.PEDESTRIAN ? 0.3 : 0.5;
    }

    /** Typical radar cross-sections, dBsm. */
    static double rcsDbsm(ActorKind kind) {
        return switch (kind) {
            case CAR -> 10.0;
            case TRUCK -> 20.0;
            case PEDESTRIAN -> -5.0;
            case CYCLIST -> 0.0;
        };
    }
}
