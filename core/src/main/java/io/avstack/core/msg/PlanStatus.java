package io.avstack.core.msg;

import java.util.Objects;

/**
 * The planner's explanation of one cycle: what it decided and why (~100 bytes). Published with
 * every trajectory so the renderer can draw it, the drive log records it and a safety engineer can
 * read why the car did what it did.
 *
 * @param header            {@code stampNs} equals the trajectory's
 * @param behaviour         the behaviour state, e.g. {@code "FOLLOW_LEAD"}; non-blank
 * @param bindingConstraint the constraint that limited the plan, e.g. {@code "rss_gap"},
 *                          {@code "speed_limit"}, {@code "red_light"}; empty when none bound
 * @param reason            human-readable, e.g. {@code "following car 7 at 28.0 m, RSS gap 24.1 m"}
 * @param fallback          true when no candidate was feasible and a braking fallback was planned
 * @param targetSpeedMps    the speed the plan is heading for, m/s, {@code >= 0}
 * @param leadTrackId       track id of the object being followed or yielded to, {@code -1} for none
 */
public record PlanStatus(Header header, String behaviour, String bindingConstraint, String reason,
                         boolean fallback, double targetSpeedMps, long leadTrackId) implements Message {

    public PlanStatus {
        Objects.requireNonNull(header, "PlanStatus.header");
        Objects.requireNonNull(behaviour, "PlanStatus.behaviour");
        if (behaviour.isBlank()) {
            throw Checks.fail("PlanStatus.behaviour", "non-blank", "\"" + behaviour + "\"");
        }
        Objects.requireNonNull(bindingConstraint, "PlanStatus.bindingConstraint");
        Objects.requireNonNull(reason, "PlanStatus.reason");
        Checks.nonNegative("PlanStatus.targetSpeedMps", targetSpeedMps);
        if (leadTrackId < -1) {
            throw Checks.fail("PlanStatus.leadTrackId", ">= -1", leadTrackId);
        }
    }
}
