package io.avstack.planning.road;

/**
 * Frenet-frame kinematics for a path d(s) beside a reference line of piecewise-constant curvature
 * kr (Werling et al. 2010, with kr' = 0). Pure functions.
 */
public final class FrenetMath {

    private FrenetMath() {
    }

    /** Heading relative to the reference line of the path with slope {@code dPrime} at offset {@code d}, rad. */
    public static double headingErrRad(double kr, double d, double dPrime) {
        return Math.atan2(dPrime, 1 - kr * d);
    }

    /** Curvature of the path, 1/m, positive left. */
    public static double curvature(double kr, double d, double dPrime, double dPrime2) {
        double q = 1 - kr * d;
        double dt = Math.atan2(dPrime, q);
        double c = Math.cos(dt);
        double t = Math.tan(dt);
        return ((dPrime2 + kr * dPrime * t) * c * c / q + kr) * c / q;
    }

    /** d²d/ds² of a path of curvature {@code k} (inverse of {@link #curvature}). */
    public static double secondDerivative(double k, double kr, double d, double dPrime, double headingErrRad) {
        double q = 1 - kr * d;
        double c = Math.cos(headingErrRad);
        double t = Math.tan(headingErrRad);
        return (k * q / c - kr) * q / (c * c) - kr * dPrime * t;
    }

    /** Path speed of a point moving with ds/dt = {@code sDot} along d(s), m/s. */
    public static double pathSpeed(double kr, double d, double dPrime, double sDot) {
        double q = 1 - kr * d;
        return sDot * Math.sqrt(q * q + dPrime * dPrime);
    }
}
