package io.avstack.safety.rss;

import io.avstack.core.msg.ObjectClass;
import io.avstack.core.rss.Rss;
import io.avstack.core.rss.RssParams;

/**
 * Which RSS distance applies between the ego and an object, from their motion along and across
 * the ego path. The ego always counts as driving in its correct lane. Each party brings its own
 * parameters (as ad-rss-lib's per-object dynamics): the ego its own, the object the car set or,
 * for pedestrians and cyclists, the vulnerable-road-user set ({@link #paramsOf}).
 */
public final class SafeDistances {

    private SafeDistances() {
    }

    /** The parameters of an object of class {@code cls}: {@code vulnerable} for pedestrians and cyclists, else {@code car}. */
    public static RssParams paramsOf(ObjectClass cls, RssParams car, RssParams vulnerable) {
        return cls == ObjectClass.PEDESTRIAN || cls == ObjectClass.CYCLIST ? vulnerable : car;
    }

    /**
     * Longitudinal safe distance, m. Ahead: same direction (ego is the rear car) or oncoming
     * (opposite directions); behind: the object is the rear car, or it drives away backwards and
     * needs nothing. The rear car responds with its own response time, acceleration and minimum
     * braking; the front car's credit is its own maximum braking.
     *
     * @param egoSpeedMps    ego speed along the path, {@code >= 0}
     * @param objectLonSpeed object speed along the path, m/s, negative = against the ego's direction
     */
    static double longitudinalM(boolean ahead, double egoSpeedMps, double objectLonSpeed, RssParams ego, RssParams obj) {
        double v = Math.max(0.0, egoSpeedMps);
        if (ahead) {
            return objectLonSpeed >= 0
                    ? Rss.longitudinalSafeDistanceM(v, objectLonSpeed, ego.responseTimeS(), ego.accelMaxMps2(),
                            ego.brakeMinMps2(), obj.brakeMaxMps2())
                    : Rss.oppositeSafeDistanceM(v, -objectLonSpeed, ego.responseTimeS(), obj.responseTimeS(),
                            Math.max(ego.accelMaxMps2(), obj.accelMaxMps2()), ego.brakeMinCorrectMps2(),
                            obj.brakeMinMps2());
        }
        return objectLonSpeed >= 0
                ? Rss.longitudinalSafeDistanceM(objectLonSpeed, v, obj.responseTimeS(), obj.accelMaxMps2(),
                        obj.brakeMinMps2(), ego.brakeMaxMps2())
                : 0.0;
    }

    /** {@link #longitudinalM(boolean, double, double, RssParams, RssParams)} with one parameter set for both. */
    static double longitudinalM(boolean ahead, double egoSpeedMps, double objectLonSpeed, RssParams p) {
        return longitudinalM(ahead, egoSpeedMps, objectLonSpeed, p, p);
    }

    /**
     * Lateral safe distance, m, for an object {@code relDM} to the left (negative: right) of the ego.
     * Velocities across the path are positive leftwards; the RSS axis points from the left car to the
     * right one.
     */
    static double lateralM(double relDM, double egoLatSpeedMps, double objectLatSpeedMps, RssParams ego, RssParams obj) {
        if (ego == obj) {
            return relDM > 0
                    ? Rss.lateralSafeDistanceM(-objectLatSpeedMps, -egoLatSpeedMps, ego)
                    : Rss.lateralSafeDistanceM(-egoLatSpeedMps, -objectLatSpeedMps, ego);
        }
        return relDM > 0
                ? lateralPerPartyM(-objectLatSpeedMps, obj, -egoLatSpeedMps, ego)
                : lateralPerPartyM(-egoLatSpeedMps, ego, -objectLatSpeedMps, obj);
    }

    /** {@link #lateralM(double, double, double, RssParams, RssParams)} with one parameter set for both. */
    static double lateralM(double relDM, double egoLatSpeedMps, double objectLatSpeedMps, RssParams p) {
        return lateralM(relDM, egoLatSpeedMps, objectLatSpeedMps, p, p);
    }

    /**
     * Definition 4 with each car's own response time, lateral acceleration and braking (core's
     * {@link Rss#lateralSafeDistanceM(double, double, RssParams)} is the case of one shared set, and
     * equals this then; the larger fluctuation margin applies). Same braking convention: a car whose
     * lateral velocity after its response time points away from the other counts 0 braking distance.
     */
    static double lateralPerPartyM(double leftLateralSpeedMps, RssParams left, double rightLateralSpeedMps,
                                   RssParams right) {
        double rho1 = left.responseTimeS();
        double a1 = left.lateralAccelMaxMps2();
        double v1Rho = leftLateralSpeedMps + rho1 * a1;
        double leftTravel = (2 * leftLateralSpeedMps + rho1 * a1) / 2 * rho1
                + (v1Rho > 0 ? v1Rho * v1Rho / (2 * left.lateralBrakeMinMps2()) : 0.0);
        double rho2 = right.responseTimeS();
        double a2 = right.lateralAccelMaxMps2();
        double v2Rho = rightLateralSpeedMps - rho2 * a2;
        double rightTravel = (2 * rightLateralSpeedMps - rho2 * a2) / 2 * rho2
                - (v2Rho < 0 ? v2Rho * v2Rho / (2 * right.lateralBrakeMinMps2()) : 0.0);
        double mu = Math.max(left.lateralFluctuationMarginM(), right.lateralFluctuationMarginM());
        return mu + Math.max(0.0, leftTravel - rightTravel);
    }
}
