package io.avstack.planning.behaviour;

import io.avstack.core.map.RoadMap;
import io.avstack.planning.config.PlanningConfig;

/**
 * The highest comfortable speed along one lane ahead of the ego: the lowest of the set speed, the
 * speed limit and the curve speed (comfortable lateral acceleration) at each point, then lowered so
 * that every drop can be reached with the anticipation deceleration (a backward pass). Sampled every
 * {@link #STEP_M}; also remembers which of the three set each sample. Allocation-free after
 * construction.
 */
public final class SpeedProfile {

    /** Sample spacing, m. */
    public static final double STEP_M = 2.0;

    /** What limits the speed at a point. */
    public enum Limit { SET_SPEED, SPEED_LIMIT, CURVE }

    private final PlanningConfig config;
    private final double[] capMps;
    private final Limit[] limit;
    private double fromSM;
    private int count;

    public SpeedProfile(PlanningConfig config) {
        this.config = config;
        int n = (int) Math.ceil((config.horizon().previewM() + 50) / STEP_M) + 2;
        this.capMps = new double[n];
        this.limit = new Limit[n];
    }

    /** Recomputes the profile for lane {@code laneId} from {@code fromSM} on. */
    public void compute(RoadMap road, int laneId, double fromSM, double setSpeedMps) {
        this.fromSM = fromSM;
        this.count = capMps.length;
        double latAccel = config.comfort().lateralAccelMps2();
        for (int i = 0; i < count; i++) {
            double s = Math.min(road.lengthM(), fromSM + i * STEP_M);
            double v = setSpeedMps;
            Limit why = Limit.SET_SPEED;
            double legal = road.speedLimitAt(s);
            if (legal < v) {
                v = legal;
                why = Limit.SPEED_LIMIT;
            }
            double k = Math.abs(road.laneCurvatureAt(laneId, s));
            if (k > 1e-6) {
                double curve = Math.sqrt(latAccel / k);
                if (curve < v) {
                    v = curve;
                    why = Limit.CURVE;
                }
            }
            capMps[i] = v;
            limit[i] = why;
        }
        double b2 = 2 * config.rules().speedAnticipationDecelMps2() * STEP_M;
        for (int i = count - 2; i >= 0; i--) {
            double reachable = Math.sqrt(capMps[i + 1] * capMps[i + 1] + b2);
            if (reachable < capMps[i]) {
                capMps[i] = reachable;
                limit[i] = limit[i + 1];
            }
        }
    }

    /** The speed cap at arc length {@code sM}, m/s (linear between samples, clamped at the ends). */
    public double capMps(double sM) {
        double x = (sM - fromSM) / STEP_M;
        if (x <= 0) {
            return capMps[0];
        }
        int i = (int) x;
        if (i >= count - 1) {
            return capMps[count - 1];
        }
        double f = x - i;
        return capMps[i] * (1 - f) + capMps[i + 1] * f;
    }

    /** What sets the cap at {@code sM}. */
    public Limit limitAt(double sM) {
        int i = (int) Math.round((sM - fromSM) / STEP_M);
        return limit[Math.max(0, Math.min(count - 1, i))];
    }
}
