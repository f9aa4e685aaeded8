package io.avstack.sim.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Evaluates {@link PassCriteria} against a run's numbers; each failed bound gives one reason. */
public final class Verdicts {

    private Verdicts() {
    }

    /** The reasons the run fails, in criteria order; empty = pass. */
    public static List<String> failures(PassCriteria c, Collision collision, MetricsCollector m,
            double routeCompletion) {
        List<String> reasons = new ArrayList<>();
        if (!c.allowCollision() && collision != null) {
            reasons.add(String.format(Locale.ROOT, "collision with actor %d at %.2f s (%.2f m/s)",
                    collision.actorId(), collision.timeNs() / 1e9, collision.impactSpeedMps()));
        }
        below(reasons, "min_gap_m", m.minGapM(), c.minGapM());
        below(reasons, "min_ttc_s", m.minTtcS(), c.minTtcS());
        above(reasons, "rss_violation_s", m.rssViolationS(), c.maxRssViolationS());
        if (c.maxRedLightViolations() != null && m.redLightViolations() > c.maxRedLightViolations()) {
            reasons.add("red_light_violations " + m.redLightViolations() + " > " + c.maxRedLightViolations());
        }
        above(reasons, "speed_limit_violation_s", m.speedLimitViolationS(), c.maxSpeedLimitViolationS());
        below(reasons, "route_completion", routeCompletion, c.minRouteCompletion());
        above(reasons, "max_decel_mps2", m.maxDecelMps2(), c.maxDecelMps2());
        above(reasons, "max_jerk_mps3", m.maxJerkMps3(), c.maxJerkMps3());
        return reasons;
    }

    private static void below(List<String> reasons, String name, double value, Double bound) {
        if (bound != null && value < bound) {
            reasons.add(String.format(Locale.ROOT, "%s %.3f < %s", name, value, bound));
        }
    }

    private static void above(List<String> reasons, String name, double value, Double bound) {
        if (bound != null && value > bound) {
            reasons.add(String.format(Locale.ROOT, "%s %.3f > %s", name, value, bound));
        }
    }
}
