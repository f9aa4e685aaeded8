package io.avstack.fusion.track;

/** Angle helpers. */
public final class Angles {

    private Angles() {
    }

    /** {@code a} wrapped to (-pi, pi]. */
    public static double wrap(double a) {
        double w = Math.IEEEremainder(a, 2 * Math.PI);
        return w <= -Math.PI ? w + 2 * Math.PI : w;
    }
}
