package io.avstack.core.map;

/**
 * One piece of a road's reference line: a straight ({@code curvaturePerM == 0}) or a circular arc
 * of constant curvature (1/m, signed: positive turns left). Segments are chained with continuous
 * position and heading by {@link ReferenceLine}.
 *
 * @param lengthM arc length, m, positive
 * @param curvaturePerM signed curvature, 1/m; 0 for a straight, otherwise at least
 *     {@link #MIN_ARC_CURVATURE_PER_M} in magnitude and at most {@link #MAX_ARC_CURVATURE_PER_M}
 */
public record Segment(double lengthM, double curvaturePerM) {

    /**
     * Smallest arc curvature (radius 1000 km). A smaller one is a straight in all but name, and
     * the arc's centre would be so far away that projection would lose precision.
     */
    public static final double MIN_ARC_CURVATURE_PER_M = 1e-6;
    /** Largest arc curvature (radius 1 m). */
    public static final double MAX_ARC_CURVATURE_PER_M = 1.0;
    /** Longest segment, m. */
    public static final double MAX_LENGTH_M = 100_000;

    public Segment {
        if (!(lengthM > 0 && lengthM <= MAX_LENGTH_M)) {
            throw new IllegalArgumentException("segment lengthM = " + lengthM + ": must be in (0, " + MAX_LENGTH_M + "]");
        }
        String problem = curvatureProblem(curvaturePerM, lengthM);
        if (problem != null) {
            throw new IllegalArgumentException("segment curvaturePerM = " + curvaturePerM + ": " + problem);
        }
    }

    /** A straight segment of {@code lengthM} metres. */
    public static Segment straight(double lengthM) {
        return new Segment(lengthM, 0);
    }

    /** A circular arc; {@code curvaturePerM} positive turns left. */
    public static Segment arc(double lengthM, double curvaturePerM) {
        return new Segment(lengthM, curvaturePerM);
    }

    public boolean isStraight() {
        return curvaturePerM == 0;
    }

    /**
     * Why {@code curvaturePerM} cannot be used for a segment of {@code lengthM}, or null if it can.
     * Shared by this record and the YAML validation so both say the same thing.
     */
    static String curvatureProblem(double curvaturePerM, double lengthM) {
        if (curvaturePerM == 0) {
            return null;
        }
        double magnitude = Math.abs(curvaturePerM);
        if (!(magnitude >= MIN_ARC_CURVATURE_PER_M && magnitude <= MAX_ARC_CURVATURE_PER_M)) {
            return "an arc's |curvature| must be within [" + MIN_ARC_CURVATURE_PER_M + ", "
                    + MAX_ARC_CURVATURE_PER_M + "] 1/m (use a straight segment for 0)";
        }
        if (magnitude * lengthM > 2 * Math.PI) {
            return "an arc may turn at most one full circle (|curvaturePerM * lengthM| <= 2*pi)";
        }
        return null;
    }
}
