package io.avstack.planning;

/**
 * Where the ego is going on its road: it drives towards increasing s (forward lanes), prefers lane
 * {@code laneId} (it returns there after overtaking) and stops before {@code endSM}.
 *
 * @param laneId the preferred lane, a forward lane (negative id)
 * @param endSM  road arc length where the route ends, m
 */
public record Route(int laneId, double endSM) {
    public Route {
        if (laneId >= 0) {
            throw new IllegalArgumentException("Route.laneId = " + laneId
                    + ": must be a forward lane (negative id); the planner drives towards increasing s");
        }
        if (!(endSM > 0) || !Double.isFinite(endSM)) {
            throw new IllegalArgumentException("Route.endSM = " + endSM + ": must be positive and finite");
        }
    }
}
