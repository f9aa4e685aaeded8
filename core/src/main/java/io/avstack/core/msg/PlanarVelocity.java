package io.avstack.core.msg;

/** Velocity in the x-y plane of the enclosing message's frame, m/s, both finite. */
public record PlanarVelocity(double vxMps, double vyMps) {
    public static final PlanarVelocity ZERO = new PlanarVelocity(0.0, 0.0);

    public PlanarVelocity {
        Checks.finite("PlanarVelocity.vxMps", vxMps);
        Checks.finite("PlanarVelocity.vyMps", vyMps);
    }

    /** Speed, m/s. */
    public double speedMps() {
        return Math.hypot(vxMps, vyMps);
    }
}
