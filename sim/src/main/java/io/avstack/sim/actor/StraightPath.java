package io.avstack.sim.actor;

/**
 * A straight {@link Path} from a start point along a fixed heading.
 *
 * @param startXM  world x of {@code s = 0}, m
 * @param startYM  world y of {@code s = 0}, m
 * @param yawRad   heading, rad
 * @param lengthM  length, m, positive; may be infinite
 */
public record StraightPath(double startXM, double startYM, double yawRad, double lengthM) implements Path {

    public StraightPath {
        if (!Double.isFinite(startXM) || !Double.isFinite(startYM) || !Double.isFinite(yawRad)) {
            throw new IllegalArgumentException("StraightPath start and yaw must be finite, was ("
                    + startXM + ", " + startYM + ", " + yawRad + ")");
        }
        if (!(lengthM > 0.0)) {
            throw new IllegalArgumentException("StraightPath.lengthM must be > 0, was " + lengthM);
        }
    }

    /** An endless path along world x through the origin. */
    public static StraightPath alongX() {
        return new StraightPath(0.0, 0.0, 0.0, Double.POSITIVE_INFINITY);
    }

    @Override
    public double xM(double sM) {
        return startXM + clamp(sM) * Math.cos(yawRad);
    }

    @Override
    public double yM(double sM) {
        return startYM + clamp(sM) * Math.sin(yawRad);
    }

    @Override
    public double yawRad(double sM) {
        return yawRad;
    }

    private double clamp(double sM) {
        return Math.max(0.0, Math.min(lengthM, sM));
    }
}
