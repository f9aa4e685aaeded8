package io.avstack.sim.run;

/**
 * Where the ego starts: centred in lane {@code laneId} with its rear axle at road arc length
 * {@code sM}, heading in the lane's travel direction at {@code speedMps}.
 */
public record EgoStart(int laneId, double sM, double speedMps) {
}
