package io.avstack.planning.trajectory;

import io.avstack.planning.config.PlanningConfig;

/**
 * The ranking of feasible candidates, each term integrated over the horizon (weights in
 * {@link PlanningConfig.Cost}): progress and rule margins as the squared deviation from the
 * reference speed plan (which already slows for leads, stop points, limits and curves), comfort as
 * squared acceleration and jerk (and, heavily, whatever exceeds the comfort limits, so nominal
 * driving stays within them whenever a feasible candidate does), lateral comfort as the manoeuvre's squared lateral acceleration and
 * jerk, and lane centring as the squared offset from the target lane's centre (heavier where the path overshoots the centre and
 * has to come back). Split into a
 * longitudinal part (per profile) and a lateral part (per path and profile) so the lattice costs
 * every combination cheaply before checking any.
 */
public final class CostModel {

    private final PlanningConfig.Cost w;
    private final PlanningConfig.Comfort comfort;

    public CostModel(PlanningConfig config) {
        this.w = config.cost();
        this.comfort = config.comfort();
    }

    /** Longitudinal cost of profile {@code m} against the reference speeds {@code refV}. */
    public double longitudinal(LonProfiles lon, int m, double[] refV) {
        double dt = lon.dtS();
        double sum = 0;
        for (int i = 1; i < lon.samples(); i++) {
            double dv = lon.v(m, i) - refV[i];
            double a = lon.a(m, i);
            boolean standstill = lon.v(m, i) == 0.0 || lon.v(m, i - 1) == 0.0;
            double j = standstill ? 0.0 : lon.jerk(m, i);
            // easing off braking harder than comfortable (what is left of an emergency stop) is no discomfort
            boolean easing = j > 0 && lon.a(m, i - 1) < -comfort.decelMps2();
            double jerkExcess = easing ? 0.0 : Math.max(0.0, Math.abs(j) - comfort.jerkMps3());
            double excess = Math.max(0.0, a - comfort.accelMps2()) + Math.max(0.0, -a - comfort.decelMps2()) + jerkExcess;
            sum += w.speed() * dv * dv + w.accel() * a * a + w.jerk() * j * j + w.comfortExcess() * excess * excess;
        }
        return sum * dt;
    }

    /** Lateral cost of path {@code l} driven with profile {@code m}, towards centre {@code targetD}. */
    public double lateral(LatProfiles lat, int l, LonProfiles lon, int m, double targetD) {
        double dt = lon.dtS();
        double s0 = lon.s(m, 0);
        double side = Math.signum(lat.d(l, 0.0) - targetD);
        double sum = 0;
        for (int i = 1; i < lon.samples(); i++) {
            double ds = lon.s(m, i) - s0;
            double v = lon.v(m, i);
            double off = lat.d(l, ds) - targetD;
            if (off * side < 0) {
                sum += w.laneOvershoot() * off * off; // crossing the centre and coming back
            }
            double latAcc = v * v * lat.d2(l, ds);
            double latJerk = v * v * v * lat.d3(l, ds);
            sum += w.laneOffset() * off * off + w.lateralAccel() * latAcc * latAcc + w.lateralJerk() * latJerk * latJerk;
        }
        return sum * dt;
    }
}
