package io.avstack.sim.run;

import io.avstack.core.msg.GroundTruth;
import io.avstack.core.msg.GroundTruthObject;
import io.avstack.sim.vehicle.VehicleParams;
import io.avstack.core.map.Frenet;
import io.avstack.core.map.Pose2;
import io.avstack.core.map.RoadMap;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the {@link BasicEgoController}'s lead: the nearest ground-truth object ahead whose box is in
 * the ego's corridor (the lane centre line widened by half the ego's width, half the object's
 * extent across the lane and {@link #MARGIN_M}), or moving across the lane so that it will be in
 * the corridor when the ego gets there (a pedestrian stepping out, a cut-in). The lead's
 * acceleration is estimated from its speed in consecutive ground-truth messages.
 */
final class InPathObjects {

    /** Lateral clearance added to the corridor, m. */
    static final double MARGIN_M = 0.3;
    /** An object predicted to enter the corridor up to this long after the ego arrives still counts, s. */
    static final double ARRIVAL_SLACK_S = 0.5;

    private final RoadMap road;
    private final VehicleParams params;
    private final double laneCentreDM;
    private final double direction;
    private final Frenet frenet = new Frenet();
    private final Pose2 pose = new Pose2();
    /** Per actor id: {speed along the lane, stamp ns, acceleration estimate}; looked up, never iterated. */
    private final Map<Long, double[]> history = new HashMap<>();
    private long lastTruthStampNs = Long.MIN_VALUE;
    private double gapM;
    private double leadSpeedMps;
    private double leadAccelMps2;

    InPathObjects(RoadMap road, VehicleParams params, int laneId) {
        this.road = road;
        this.params = params;
        this.laneCentreDM = road.lane(laneId).centreDM();
        this.direction = road.lane(laneId).direction().sSign();
    }

    /**
     * Finds the lead in {@code truth} (null = none) for an ego whose box centre is at road arc length
     * {@code egoCentreS}.
     */
    void find(GroundTruth truth, double egoCentreS, double egoSpeedMps) {
        gapM = Double.POSITIVE_INFINITY;
        leadSpeedMps = 0.0;
        leadAccelMps2 = 0.0;
        if (truth == null) {
            return;
        }
        boolean fresh = truth.header().stampNs() != lastTruthStampNs;
        long stampNs = truth.header().stampNs();
        lastTruthStampNs = stampNs;
        for (GroundTruthObject o : truth.objects()) {
            road.project(o.pose().xM(), o.pose().yM(), frenet);
            double sM = frenet.sM;
            double lateralM = frenet.dM - laneCentreDM;
            double refYaw = road.poseAt(sM, pose).headingRad;
            double laneYaw = refYaw + (direction < 0 ? Math.PI : 0);
            double along = o.velocity().vxMps() * Math.cos(laneYaw) + o.velocity().vyMps() * Math.sin(laneYaw);
            double lateralSpeed = -o.velocity().vxMps() * Math.sin(refYaw) + o.velocity().vyMps() * Math.cos(refYaw);
            double accel = fresh ? updateHistory(o.actorId(), along, stampNs) : history.get(o.actorId())[2];
            double ahead = (sM - egoCentreS) * direction;
            if (ahead <= 0) {
                continue;
            }
            double rel = o.pose().yawRad() - laneYaw;
            double gap = ahead - 0.5 * params.lengthM()
                    - LaneRelations.halfExtentAlongM(o.dims().lengthM(), o.dims().widthM(), rel);
            double corridorM = 0.5 * params.widthM() + MARGIN_M
                    + LaneRelations.halfExtentAlongM(o.dims().lengthM(), o.dims().widthM(), rel - Math.PI / 2);
            if (gap < gapM && inPath(lateralM, lateralSpeed, corridorM, gap, egoSpeedMps - along)) {
                gapM = gap;
                leadSpeedMps = along;
                leadAccelMps2 = accel;
            }
        }
    }

    private static boolean inPath(double lateralM, double lateralSpeedMps, double corridorM, double gapM,
            double closingMps) {
        double offset = Math.abs(lateralM);
        if (offset < corridorM) {
            return true;
        }
        if (lateralM * lateralSpeedMps >= 0) {
            return false; // beside the corridor and not moving towards it
        }
        double towards = Math.abs(lateralSpeedMps);
        double enterS = (offset - corridorM) / towards;
        double exitS = (offset + corridorM) / towards;
        double arriveS = Math.max(0.0, gapM) / Math.max(0.5, closingMps);
        return enterS <= arriveS + ARRIVAL_SLACK_S && exitS >= arriveS;
    }

    private double updateHistory(long id, double speedAlongMps, long stampNs) {
        double[] h = history.get(id);
        if (h == null) {
            history.put(id, new double[] {speedAlongMps, stampNs, 0.0});
            return 0.0;
        }
        double dtS = (stampNs - (long) h[1]) / 1e9;
        h[2] = dtS > 0 ? (speedAlongMps - h[0]) / dtS : h[2];
        h[0] = speedAlongMps;
        h[1] = stampNs;
        return h[2];
    }

    double gapM() {
        return gapM;
    }

    double leadSpeedMps() {
        return leadSpeedMps;
    }

    double leadAccelMps2() {
        return leadAccelMps2;
    }
}
