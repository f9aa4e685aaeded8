package io.avstack.safety.rss;

import io.avstack.core.rss.Rss;
import io.avstack.core.rss.RssParams;

/**
 * Which RSS distance applies between the ego and an object, from their motion along and across
 * the ego path. The ego always counts as driving in its correct lane.
 */
final class SafeDistances {

    private SafeDistances() {
    }

    /**
     * Longitudinal safe distance, m. Ahead: same direction (ego is the rear car) or oncoming
     * (opposite directions); behind: the object is the rear car, or it drives away backwards and
     * needs nothing.
     *
     * @param egoSpeedMps    ego speed along the path, {@code >= 0}
     * @param objectLonSpeed object speed along the path, m/s, negative = against the ego's direction
     */
    static double longitudinalM(boolean ahead, double egoSpeedMps, double objectLonSpeed, RssParams p) {
        double ego = Math.max(0.0, egoSpeedMps);
        if (ahead) {
            return objectLonSpeed >= 0
                    ? Rss.longitudinalSafeDistanceM(ego, objectLonSpeed, p)
                    : Rss.oppositeSafeDistanceM(ego, -objectLonSpeed, p);
        }
        return objectLonSpeed >= 0 ? Rss.longitudinalSafeDistanceM(objectLonSpeed, ego, p) : 0.0;
    }

    /**
     * Lateral safe distance, m, for an object {@code relDM} to the left (negative: right) of the ego.
     * Velocities across the path are positive leftwards; the RSS axis points from the left car to the
     * right one.
     */
    static double lateralM(double relDM, double egoLatSpeedMps, double objectLatSpeedMps, RssParams p) {
        return relDM > 0
                ? Rss.lateralSafeDistanceM(-objectLatSpeedMps, -egoLatSpeedMps, p)
                : Rss.lateralSafeDistanceM(-egoLatSpeedMps, -objectLatSpeedMps, p);
    }
}
