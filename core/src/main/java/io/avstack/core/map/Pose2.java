package io.avstack.core.map;

/**
 * A mutable planar pose used as a {@code dest} parameter so that map queries allocate nothing:
 * position in metres in the world frame, heading in radians counter-clockwise from +x.
 * Not thread-safe; each caller owns its own instance.
 */
public final class Pose2 {

    /** World x, m. */
    public double x;
    /** World y, m. */
    public double y;
    /** Heading, rad, counter-clockwise from +x (not normalised). */
    public double headingRad;

    public Pose2 set(double xM, double yM, double heading) {
        this.x = xM;
        this.y = yM;
        this.headingRad = heading;
        return this;
    }

    @Override
    public String toString() {
        return "Pose2[x=" + x + ", y=" + y + ", headingRad=" + headingRad + "]";
    }
}
