package io.avstack.core.msg;

/**
 * One radar return in polar coordinates of the radar's frame.
 *
 * @param rangeM        distance, m, finite and {@code >= 0}
 * @param azimuthRad    angle in the x-y plane from x, counter-clockwise (left) positive
 * @param elevationRad  angle above the x-y plane
 * @param rangeRateMps  radial velocity, m/s; negative = approaching
 * @param rcsDbsm       radar cross section, dBsm
 */
public record RadarDetection(double rangeM, double azimuthRad, double elevationRad,
                             double rangeRateMps, double rcsDbsm) {
    public RadarDetection {
        Checks.nonNegative("RadarDetection.rangeM", rangeM);
        Checks.finite("RadarDetection.azimuthRad", azimuthRad);
        Checks.finite("RadarDetection.elevationRad", elevationRad);
        Checks.finite("RadarDetection.rangeRateMps", rangeRateMps);
        Checks.finite("RadarDetection.rcsDbsm", rcsDbsm);
    }
}
