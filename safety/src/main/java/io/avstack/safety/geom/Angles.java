package io.avstack.safety.geom;

/** Angle helpers. */
public final class Angles {

    private Angles() {
    }

    /** {@code rad} wrapped into [-pi, pi]. */
    public static double wrap(double rad) {
        return Math.atan2(Math.sin(rad), Math.cos(rad));
    }
}
