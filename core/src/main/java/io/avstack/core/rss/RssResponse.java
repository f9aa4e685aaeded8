package io.avstack.core.rss;

/**
 * The proper response the paper requires in a dangerous situation, chosen by which distance was
 * still safe just before the blame time: the dimension that became unsafe last is the one to
 * respond in (both when both became unsafe together).
 */
public enum RssResponse {
    /** Not dangerous: no response owed. */
    NONE,
    /**
     * Longitudinal: the rear car brakes at least a_min,brake (a car in its correct lane facing an
     * oncoming one at least a_min,brake,correct) until it stops or the situation is safe again; the
     * front car brakes no harder than a_max,brake.
     */
    LONGITUDINAL,
    /** Lateral: each car brings its lateral velocity towards the other to zero at least at a^lat_min,brake. */
    LATERAL,
    /** Both of the above. */
    BOTH;

    /** Whether this response includes the longitudinal one. */
    public boolean longitudinal() {
        return this == LONGITUDINAL || this == BOTH;
    }

    /** Whether this response includes the lateral one. */
    public boolean lateral() {
        return this == LATERAL || this == BOTH;
    }
}
