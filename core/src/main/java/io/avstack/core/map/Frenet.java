package io.avstack.core.map;

/**
 * A mutable road-frame coordinate used as a {@code dest} parameter: arc length {@link #sM} along
 * the reference line (m) and signed lateral offset {@link #dM} (m, positive to the left of the
 * direction of increasing s). Not thread-safe; each caller owns its own instance.
 */
public final class Frenet {

    /** Arc length along the reference line, m; below 0 or above the road length off its ends. */
    public double sM;
    /** Lateral offset, m, positive to the left when facing increasing s. */
    public double dM;

    public Frenet set(double s, double d) {
        this.sM = s;
        this.dM = d;
        return this;
    }

    @Override
    public String toString() {
        return "Frenet[sM=" + sM + ", dM=" + dM + "]";
    }
}
