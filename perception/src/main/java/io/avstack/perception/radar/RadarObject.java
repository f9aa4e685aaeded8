package io.avstack.perception.radar;

/**
 * One clustered radar object, in the frame of the scan it came from (the radar's sensor frame)
 * unless moved with {@link RadarFrames#toVehicle}.
 *
 * @param xM            centroid (mean of the detections), m
 * @param yM            centroid, m
 * @param zM            centroid height from the detections' elevations, m
 * @param rangeRateMps  RCS-weighted (linear m²) mean range rate, m/s; negative = approaching
 * @param radialVxMps   {@code rangeRateMps} along the line of sight from the sensor to the centroid, m/s
 * @param radialVyMps   m/s
 * @param boxXM         centre of the oriented minimum-area box around the detections, m
 * @param boxYM         m
 * @param lengthM       the box's longer side, m (0 for one detection)
 * @param widthM        the box's shorter side, m
 * @param yawRad        direction of the box's longer side, in (-pi/2, pi/2]; the line of sight for
 *                      one detection
 * @param pointCount    detections in the cluster
 * @param meanRcsDbsm   arithmetic mean of the detections' RCS, dBsm
 * @param existence     probability-like score in [0, 1] that the object is real
 */
public record RadarObject(double xM, double yM, double zM, double rangeRateMps, double radialVxMps,
                          double radialVyMps, double boxXM, double boxYM, double lengthM, double widthM,
                          double yawRad, int pointCount, double meanRcsDbsm, double existence) {

    /** Distance of the centroid from the frame origin in x-y, m. */
    public double rangeM() {
        return Math.hypot(xM, yM);
    }

    /** Azimuth of the centroid, counter-clockwise from x, rad. */
    public double azimuthRad() {
        return Math.atan2(yM, xM);
    }
}
