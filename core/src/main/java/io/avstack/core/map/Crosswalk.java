package io.avstack.core.map;

/**
 * A marked pedestrian crossing spanning the whole road width (edge to edge) between arc lengths
 * {@code fromS} and {@code toS} (m).
 */
public record Crosswalk(String id, double fromS, double toS) {

    public Crosswalk {
        if (!(toS > fromS)) {
            throw new IllegalArgumentException("crosswalk " + id + ": toS = " + toS + " must exceed fromS = " + fromS);
        }
    }

    /** Extent along the road, m. */
    public double widthM() {
        return toS - fromS;
    }
}
