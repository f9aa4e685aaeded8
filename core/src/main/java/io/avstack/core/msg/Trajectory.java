package io.avstack.core.msg;

import java.util.List;
import java.util.Objects;

/**
 * The planner's proposed (or the safety layer's final) trajectory: typically 50-100 points at
 * 0.1 s spacing, ~60 bytes each on the wire.
 *
 * @param header {@code frameId} is the frame of the points (e.g. {@code "map"}); {@code stampNs}
 *               is the plan's start, to which every point's {@code timeFromStartNs} is relative
 * @param points copied on construction; strictly increasing {@code timeFromStartNs}; may be empty
 *               (no plan)
 */
public record Trajectory(Header header, List<TrajectoryPoint> points) implements Message {
    public Trajectory {
        Objects.requireNonNull(header, "Trajectory.header");
        points = List.copyOf(Objects.requireNonNull(points, "Trajectory.points"));
        for (int i = 1; i < points.size(); i++) {
            long previous = points.get(i - 1).timeFromStartNs();
            long current = points.get(i).timeFromStartNs();
            if (current <= previous) {
                throw Checks.fail("Trajectory.points[" + i + "].timeFromStartNs",
                        "> the previous point's " + previous, current);
            }
        }
    }

    /** Absolute stamp of point {@code i}, ns. */
    public long stampNsOf(int i) {
        return header.stampNs() + points.get(i).timeFromStartNs();
    }
}
