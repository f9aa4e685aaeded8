package io.avstack.sim.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The metrics and verdict of one run, written to the report JSON in this field order (docs/METRICS.md).
 * "None" values (no collision, never a lead) are null. Every field except {@code wall_time_s} and
 * {@code realtime_factor} is a pure function of scenario, parameters, seed and code.
 */
@JsonPropertyOrder({"scenario", "parameters", "seed", "verdict", "reasons", "collision", "collision_time_s",
    "collision_actor", "impact_speed_mps", "min_gap_m", "min_ttc_s", "rss_violation_s", "red_light_violations",
    "speed_limit_violation_s", "route_completion", "max_decel_mps2", "max_jerk_mps3", "sim_time_s",
    "wall_time_s", "realtime_factor"})
@JsonInclude(JsonInclude.Include.ALWAYS)
public record RunMetrics(
        @JsonProperty("scenario") String scenario,
        @JsonProperty("parameters") Map<String, String> parameters,
        @JsonProperty("seed") long seed,
        @JsonProperty("verdict") Verdict verdict,
        @JsonProperty("reasons") List<String> reasons,
        @JsonProperty("collision") boolean collision,
        @JsonProperty("collision_time_s") Double collisionTimeS,
        @JsonProperty("collision_actor") Long collisionActor,
        @JsonProperty("impact_speed_mps") Double impactSpeedMps,
        @JsonProperty("min_gap_m") Double minGapM,
        @JsonProperty("min_ttc_s") Double minTtcS,
        @JsonProperty("rss_violation_s") double rssViolationS,
        @JsonProperty("red_light_violations") int redLightViolations,
        @JsonProperty("speed_limit_violation_s") double speedLimitViolationS,
        @JsonProperty("route_completion") double routeCompletion,
        @JsonProperty("max_decel_mps2") double maxDecelMps2,
        @JsonProperty("max_jerk_mps3") double maxJerkMps3,
        @JsonProperty("sim_time_s") double simTimeS,
        @JsonProperty("wall_time_s") double wallTimeS,
        @JsonProperty("realtime_factor") double realtimeFactor) {

    public RunMetrics {
        reasons = List.copyOf(reasons);
        parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    }

    /** This run with the two wall-clock fields zeroed: the part that must be byte-identical across runs. */
    public RunMetrics withoutTiming() {
        return new RunMetrics(scenario, parameters, seed, verdict, reasons, collision, collisionTimeS, collisionActor,
                impactSpeedMps, minGapM, minTtcS, rssViolationS, redLightViolations, speedLimitViolationS,
                routeCompletion, maxDecelMps2, maxJerkMps3, simTimeS, 0.0, 0.0);
    }

    /** One line for a console: name, verdict, key metrics, realtime factor. */
    public String summaryLine() {
        StringBuilder b = new StringBuilder();
        b.append(scenario);
        if (!parameters.isEmpty()) {
            b.append(' ').append(parameters);
        }
        b.append(" seed=").append(seed).append(' ').append(verdict);
        b.append(String.format(Locale.ROOT, " collision=%s min_gap=%s min_ttc=%s rss=%.2fs red=%d route=%.2f"
                + " max_decel=%.1f rtf=%.0fx", collision, fmt(minGapM), fmt(minTtcS), rssViolationS,
                redLightViolations, routeCompletion, maxDecelMps2, realtimeFactor));
        if (!reasons.isEmpty()) {
            b.append(" reasons=").append(String.join("; ", reasons));
        }
        return b.toString();
    }

    private static String fmt(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }
}
