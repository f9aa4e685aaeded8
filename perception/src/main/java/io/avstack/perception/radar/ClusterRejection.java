package io.avstack.perception.radar;

/** Why radar data was dropped by {@link RadarClusterer} (counted, never thrown). */
public enum ClusterRejection {
    /** A detection beyond {@code maxRangeM} (counts detections). */
    OUT_OF_RANGE,
    /** A detection weaker than {@code minRcsDbsm} (counts detections). */
    WEAK_DETECTION,
    /** A detection beyond the {@code maxDetections} nearest of a huge scan (counts detections). */
    TRUNCATED,
    /** A weak, unconfirmed one-detection cluster (counts clusters). */
    FALSE_ALARM,
    /** A multipath ghost: about twice the range and range rate of a stronger cluster (counts clusters). */
    MULTIPATH_GHOST,
    /** A cluster inside the angular shadow behind a strong reflector (counts clusters). */
    SHADOWED
}
