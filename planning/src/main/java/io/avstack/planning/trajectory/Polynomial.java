package io.avstack.planning.trajectory;

/**
 * A polynomial of degree at most five, p(x) = c0 + c1 x + ... + c5 x^5, with the boundary-value
 * fits of the Frenet lattice (Werling et al. 2010): quintic from position, first and second
 * derivative at 0 to the same at {@code X}; quartic from those at 0 to first and second derivative
 * at {@code X}. Mutable so it can be refitted without allocation.
 */
public final class Polynomial {

    private double c0;
    private double c1;
    private double c2;
    private double c3;
    private double c4;
    private double c5;

    /** Quintic through (p0, p0', p0'') at 0 and (p1, p1', p1'') at {@code x1} (> 0). */
    public Polynomial quintic(double p0, double dp0, double ddp0, double p1, double dp1, double ddp1, double x1) {
        c0 = p0;
        c1 = dp0;
        c2 = 0.5 * ddp0;
        double x2 = x1 * x1;
        double x3 = x2 * x1;
        double x4 = x3 * x1;
        double x5 = x4 * x1;
        double r0 = p1 - (c0 + c1 * x1 + c2 * x2);
        double r1 = dp1 - (c1 + 2 * c2 * x1);
        double r2 = ddp1 - 2 * c2;
        c3 = (10 * r0 - 4 * r1 * x1 + 0.5 * r2 * x2) / x3;
        c4 = (-15 * r0 + 7 * r1 * x1 - r2 * x2) / x4;
        c5 = (6 * r0 - 3 * r1 * x1 + 0.5 * r2 * x2) / x5;
        return this;
    }

    /** Quartic through (p0, p0', p0'') at 0 with p' = {@code dp1}, p'' = {@code ddp1} at {@code x1} (> 0). */
    public Polynomial quartic(double p0, double dp0, double ddp0, double dp1, double ddp1, double x1) {
        c0 = p0;
        c1 = dp0;
        c2 = 0.5 * ddp0;
        double x2 = x1 * x1;
        double x3 = x2 * x1;
        double r1 = dp1 - (c1 + 2 * c2 * x1);
        double r2 = ddp1 - 2 * c2;
        c3 = (3 * r1 - r2 * x1) / (3 * x2);
        c4 = (-2 * r1 + r2 * x1) / (4 * x3);
        c5 = 0;
        return this;
    }

    public double value(double x) {
        return c0 + x * (c1 + x * (c2 + x * (c3 + x * (c4 + x * c5))));
    }

    public double first(double x) {
        return c1 + x * (2 * c2 + x * (3 * c3 + x * (4 * c4 + x * 5 * c5)));
    }

    public double second(double x) {
        return 2 * c2 + x * (6 * c3 + x * (12 * c4 + x * 20 * c5));
    }

    public double third(double x) {
        return 6 * c3 + x * (24 * c4 + x * 60 * c5);
    }
}
