package io.avstack.planning.trajectory;

import io.avstack.planning.SafeDistance;
import io.avstack.planning.behaviour.LaneTraffic;
import io.avstack.planning.behaviour.Situation;
import io.avstack.planning.behaviour.StopPoints;
import io.avstack.planning.config.PlanningConfig;
import io.avstack.planning.predict.PredictedObjects;
import io.avstack.planning.road.FrenetMath;
import io.avstack.planning.road.RoadView;
import java.util.Arrays;

/**
 * Checks a candidate (a lateral path combined with a longitudinal profile) against every hard
 * constraint ({@link Constraint}), sample by sample, cheapest checks first; returns the first
 * violated, or null. {@link #prepare} must be called once per cycle before checking.
 * Allocation-free after the first cycles.
 */
public final class ConstraintChecker {

    /**
     * Least time to collision a candidate may plan with a road user ahead in its corridor, s: the usual
     * criticality threshold. A cut-in 6 m ahead closing at 5.8 m/s starts at 1.1 s; the cheapest
     * candidate (a quartic whose braking builds up over half a second) let it fall to 0.84 s, where
     * braking at once keeps it above 1 s (cut-in-close). A road user already below it at the start is
     * left to the collision check; a comfortable stop behind a standing car stays above it (its minimum is
     * sqrt(2 gap / decel), 1.6 s for 4 m at 3 m/s²).
     */
    static final double MIN_TTC_S = 1.0;
    /** Slack on the time-to-collision floor, s (sampling). */
    static final double TTC_TOLERANCE_S = 0.02;

    /** Slack on positional limits, m (numerical noise). */
    static final double EPS_M = 1e-3;

    private final RoadView road;
    private final PlanningConfig config;
    private final double frontOffsetM;
    private final double rearOverhangM;
    private final double halfWidthM;
    private final double maxCurvature;
    private Situation sit;
    private double[] rssBaselineM = new double[0];
    private double[] ttcFloorS = new double[0];
    private boolean[] cutIn = new boolean[0];
    private boolean[] relevant = new boolean[0];

    public ConstraintChecker(RoadView road, PlanningConfig config) {
        this.road = road;
        this.config = config;
        this.frontOffsetM = config.vehicle().frontOffsetM();
        this.rearOverhangM = config.vehicle().rearOverhangM();
        this.halfWidthM = 0.5 * config.vehicle().widthM();
        this.maxCurvature = config.vehicle().maxCurvaturePerM();
    }

    /**
     * Fixes the cycle's situation and start: which road users matter for collision (not wholly
     * behind the ego unless crossing) and each lead's RSS shortfall at the start, which a candidate
     * may not deepen.
     */
    public void prepare(Situation situation, double s0, double v0) {
        this.sit = situation;
        PredictedObjects p = situation.objects();
        if (rssBaselineM.length < p.count()) {
            rssBaselineM = Arrays.copyOf(rssBaselineM, Math.max(p.count(), 2 * rssBaselineM.length));
            relevant = Arrays.copyOf(relevant, rssBaselineM.length);
            ttcFloorS = Arrays.copyOf(ttcFloorS, rssBaselineM.length);
            cutIn = Arrays.copyOf(cutIn, rssBaselineM.length);
        }
        double front0 = s0 + frontOffsetM;
        double rear0 = s0 - rearOverhangM;
        Arrays.fill(cutIn, false);
        for (int lane = -1; lane >= -situation.forwardLaneCount(); lane--) {
            LaneTraffic t = situation.lane(lane);
            if (t.lead >= 0 && t.leadCutsIn) {
                cutIn[t.lead] = true;
            }
        }
        for (int k = 0; k < p.count(); k++) {
            relevant[k] = p.isCrossing(k) || p.s(k, 0) + p.halfAlongM(k) >= rear0;
            double gap = p.s(k, 0) - p.halfAlongM(k) - front0;
            rssBaselineM[k] = Math.max(0.0, SafeDistance.longitudinalM(config.rss(), v0, p.vs(k, 0)) - gap);
            double closing = v0 - p.vs(k, 0);
            // already below the floor at the start: no braking lifts it at once (its rate of change is
            // gap x decel / closing² - 1), so the collision check alone answers (a truck 3 m ahead of the
            // front, 8.8 m/s slower, "cutting in" as the ego passes: every candidate failed, even 8 m/s²)
            boolean below = closing > 0 && gap > 0 && gap < closing * MIN_TTC_S;
            ttcFloorS[k] = below ? 0.0 : MIN_TTC_S - TTC_TOLERANCE_S;
        }
    }

    /** The first constraint candidate (lat {@code l}, lon {@code m}) violates, or null if it meets them all. */
    public Constraint check(LatProfiles lat, int l, LonProfiles lon, int m) {
        Constraint c = checkKinematics(lat, l, lon, m);
        if (c == null) {
            c = checkStopPoints(lat, l, lon, m);
        }
        if (c == null) {
            c = checkObjects(lat, l, lon, m, true);
        }
        return c;
    }

    /** Only the road users (collision, RSS gap, time to collision): what a fallback must still meet. */
    public Constraint checkSafety(LatProfiles lat, int l, LonProfiles lon, int m) {
        return checkObjects(lat, l, lon, m, true);
    }

    /**
     * {@link #checkSafety} leaving out oncoming vehicles: braking cannot keep clear of a car that drives
     * into the ego's lane, so they are no reason for an emergency stop (see {@link LatticePlanner}).
     */
    public Constraint checkSafetyExceptOncoming(LatProfiles lat, int l, LonProfiles lon, int m) {
        skipOncoming = true;
        try {
            return checkObjects(lat, l, lon, m, true);
        } finally {
            skipOncoming = false;
        }
    }

    private boolean skipOncoming;

    /** A vehicle coming towards the ego along the road (not crossing it, not standing). */
    static boolean isOncomingVehicle(PredictedObjects p, int k) {
        return p.vs(k, 0) < 0 && !p.isVulnerable(k) && !p.isCrossing(k) && !p.isStationary(k);
    }

    Constraint checkKinematics(LatProfiles lat, int l, LonProfiles lon, int m) {
        PlanningConfig.Limits lim = config.limits();
        double s0 = lon.s(m, 0);
        double left = road.forwardLeftEdgeD() + EPS_M;
        double right = road.forwardRightEdgeD() - EPS_M;
        for (int i = 1; i < lon.samples(); i++) {
            double ds = lon.s(m, i) - s0;
            double d = lat.d(l, ds);
            double d1 = lat.d1(l, ds);
            double kr = lon.kr(m, i);
            double q = 1 - kr * d;
            double dth = Math.atan2(d1, q);
            double sin = Math.sin(dth);
            double frontD = d + frontOffsetM * sin;
            double rearD = d - rearOverhangM * sin;
            if (Math.max(frontD, rearD) + halfWidthM > left || Math.min(frontD, rearD) - halfWidthM < right) {
                return Constraint.ROAD_BOUNDARY;
            }
            double v = FrenetMath.pathSpeed(kr, d, d1, lon.v(m, i));
            if (v > lon.speedLimit(m, i) + lim.speedToleranceMps() && lon.v(m, i) > lon.v(m, i - 1) + 1e-9) {
                return Constraint.SPEED_LIMIT;
            }
            double a = lon.a(m, i);
            double k = FrenetMath.curvature(kr, d, d1, lat.d2(l, ds));
            if (a > lim.accelMps2() + 1e-9 || a < -lim.decelMps2() - 1e-9 || v * v * Math.abs(k) > lim.lateralAccelMps2()) {
                return Constraint.ACCELERATION;
            }
            boolean standstill = lon.v(m, i) == 0.0 || lon.v(m, i - 1) == 0.0;
            if (!standstill && Math.abs(lon.jerk(m, i)) > lim.jerkMps3() + 1e-9) {
                return Constraint.JERK;
            }
            if (Math.abs(k) > maxCurvature) {
                return Constraint.CURVATURE;
            }
        }
        return null;
    }

    Constraint checkStopPoints(LatProfiles lat, int l, LonProfiles lon, int m) {
        StopPoints stops = sit.stops;
        if (stops.count() == 0) {
            return null;
        }
        double s0 = lon.s(m, 0);
        int last = lon.samples() - 1;
        for (int i = 1; i <= last; i++) {
            double ds = lon.s(m, i) - s0;
            double d = lat.d(l, ds);
            int lane = road.forwardLaneAt(d);
            double front = lon.s(m, i) + frontOffsetM;
            double reach = i == last ? front + lon.v(m, i) * lon.v(m, i) / (2 * config.limits().decelMps2()) : front;
            for (int k = 0; k < stops.count(); k++) {
                if (stops.appliesTo(k, lane) && reach > stops.frontLimitSM(k) + EPS_M) {
                    return Constraint.STOP_POINT;
                }
            }
        }
        return null;
    }

    Constraint checkObjects(LatProfiles lat, int l, LonProfiles lon, int m, boolean withRss) {
        PredictedObjects p = sit.objects();
        if (p.count() == 0) {
            return null;
        }
        PlanningConfig.Prediction pr = config.prediction();
        double s0 = lon.s(m, 0);
        for (int i = 1; i < lon.samples(); i++) {
            double s = lon.s(m, i);
            double ds = s - s0;
            double d = lat.d(l, ds);
            double sin = Math.sin(Math.atan2(lat.d1(l, ds), 1 - lon.kr(m, i) * d));
            double frontD = d + frontOffsetM * sin;
            double bandLo = Math.min(d, frontD) - halfWidthM;
            double bandHi = Math.max(d, frontD) + halfWidthM;
            double front = s + frontOffsetM;
            double rear = s - rearOverhangM;
            double v = lon.v(m, i);
            for (int k = 0; k < p.count(); k++) {
                if (!relevant[k] || skipOncoming && isOncomingVehicle(p, k)) {
                    continue;
                }
                double os = p.s(k, i);
                double od = p.d(k, i);
                double halfS = p.halfAlongM(k) + pr.collisionMarginLonM() + p.sigmaLonM(k, i, pr.lonSigmaGrowthMps());
                double halfD = p.halfAcrossM(k) + pr.collisionMarginLatM() + p.sigmaLatM(k, i, pr.latSigmaGrowthMps());
                if (os + halfS > rear && os - halfS < front && od + halfD > bandLo && od - halfD < bandHi) {
                    return Constraint.COLLISION;
                }
                if (!withRss || p.isCrossing(k) || p.vs(k, 0) < 0) {
                    continue;
                }
                double reach = p.halfAcrossM(k) + pr.corridorMarginM();
                double gap = os - p.halfAlongM(k) - front;
                boolean inCorridor = od + reach > bandLo && od - reach < bandHi;
                if (gap >= 0 && inCorridor) {
                    double deficit = SafeDistance.longitudinalM(config.rss(), v, p.vs(k, i)) - gap;
                    if (deficit > rssBaselineM[k] + config.rss().toleranceM()) {
                        return Constraint.RSS_GAP;
                    }
                }
                // a vehicle cutting in may be in the corridor at any time of the horizon: its lateral speed
                // is known late and predicted as the smaller of estimate and observation (cut-in-close: 0.5
                // m/s predicted, 2.4 m/s driven)
                double closing = v - p.vs(k, i);
                if (gap >= 0 && (inCorridor || cutIn[k]) && closing > 0 && gap < closing * ttcFloorS[k]) {
                    return Constraint.TTC;
                }
            }
        }
        return null;
    }
}
