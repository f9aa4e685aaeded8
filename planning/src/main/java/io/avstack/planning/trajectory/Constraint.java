package io.avstack.planning.trajectory;

/** The hard constraints a candidate trajectory must meet; the names are reported in {@code PlanStatus}. */
public enum Constraint {
    /** The ego's body stays within the lanes of its travel direction. */
    ROAD_BOUNDARY("road_boundary"),
    /** Never accelerating above the speed limit (plus tolerance). */
    SPEED_LIMIT("speed_limit"),
    /** Longitudinal and lateral acceleration within the hard limits. */
    ACCELERATION("acceleration"),
    /** Jerk within the hard limit. */
    JERK("jerk"),
    /** Path curvature within what the steering can do. */
    CURVATURE("curvature"),
    /** The front bumper does not pass a stop point, and can still stop before it at the horizon's end. */
    STOP_POINT("stop_point"),
    /** No overlap with a predicted road user's box widened by margins and prediction uncertainty. */
    COLLISION("collision"),
    /** The gap to a lead never below the RSS safe distance (or, if already below, not further below). */
    RSS_GAP("rss_gap"),
    /** The time to collision with a road user ahead never below 1 s (unless already below at the start). */
    TTC("ttc");

    private final String reportName;

    Constraint(String reportName) {
        this.reportName = reportName;
    }

    public String reportName() {
        return reportName;
    }
}
