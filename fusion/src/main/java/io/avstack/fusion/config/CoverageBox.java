package io.avstack.fusion.config;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.Range;
import io.avstack.core.config.Validated;

/**
 * A rectangle in the vehicle frame that a detector covers (e.g. the lidar BEV network's grid), on
 * top of its sensor's field of view and range.
 *
 * @param minXM rear edge, m
 * @param maxXM front edge, m
 * @param minYM right edge, m
 * @param maxYM left edge, m
 */
public record CoverageBox(
        @Range(min = -1000, max = 1000) double minXM,
        @Range(min = -1000, max = 1000) double maxXM,
        @Range(min = -1000, max = 1000) double minYM,
        @Range(min = -1000, max = 1000) double maxYM) implements Validated {

    @Override
    public void validate() {
        if (!(maxXM > minXM) || !(maxYM > minYM)) {
            throw ConfigException.invalid("maxXM", maxXM, "the box needs maxXM > minXM and maxYM > minYM");
        }
    }

    /** Whether vehicle-frame point (x, y) is inside. */
    public boolean contains(double xM, double yM) {
        return xM >= minXM && xM <= maxXM && yM >= minYM && yM <= maxYM;
    }
}
