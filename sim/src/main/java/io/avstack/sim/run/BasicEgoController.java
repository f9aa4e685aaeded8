package io.avstack.sim.run;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.GroundTruth;
import io.avstack.core.msg.Header;
import io.avstack.sim.actor.IdmParams;
import io.avstack.sim.vehicle.VehicleParams;
import io.avstack.core.map.Frenet;
import io.avstack.core.map.LightState;
import io.avstack.core.map.Pose2;
import io.avstack.core.map.RoadMap;
import io.avstack.core.map.StopLine;
import java.util.ArrayList;
import java.util.List;

/**
 * A stand-in for the driving stack until the real one runs in the simulator: a bus node that reads
 * ego state and ground truth and publishes a {@link ControlCommand} for each ego state. Pure pursuit
 * on the centre line of one lane; speed by the ACC model ({@link AccModel}: IDM with the
 * constant-acceleration heuristic) towards the lower of the target speed and the speed limit ahead,
 * with the nearest ground-truth object in the ego's path as the lead ({@link InPathObjects}: in the
 * lane corridor now, or crossing into it by the time the ego gets there) and a red (or stoppable
 * yellow) stop line as a standing lead. It reads light states from the map: perfect
 * perception, which is what a stand-in should have.
 */
public final class BasicEgoController {

    /** Look-ahead distance of pure pursuit: {@code LOOKAHEAD_BASE_M + LOOKAHEAD_TIME_S * v}, m. */
    static final double LOOKAHEAD_BASE_M = 4.0;
    static final double LOOKAHEAD_TIME_S = 0.6;
    /** Distance ahead searched for stop lines and speed-limit drops, m. */
    static final double PREVIEW_M = 150.0;
    /** Braking the controller accepts to stop for a yellow light, positive, m/s². */
    static final double YELLOW_STOP_DECEL_MPS2 = 3.0;

    private final RoadMap road;
    private final VehicleParams params;
    private final int laneId;
    private final double direction;
    private final double targetSpeedMps;
    private final String commandTopic;
    private final Frenet frenet = new Frenet();
    private final Pose2 pose = new Pose2();
    private final List<StopLine> stops = new ArrayList<>();
    private final InPathObjects leads;
    private GroundTruth latestTruth;
    private long seq;

    public BasicEgoController(RoadMap road, VehicleParams params, int laneId, double targetSpeedMps, String vehicleId) {
        this.road = road;
        this.params = params;
        this.laneId = laneId;
        this.direction = road.lane(laneId).direction().sSign();
        this.targetSpeedMps = targetSpeedMps;
        this.commandTopic = TopicNames.topic(vehicleId, StandardTopics.CONTROL_COMMAND);
        this.leads = new InPathObjects(road, params, laneId);
    }

    /** Subscribes to ego state and ground truth on {@code bus}; commands go to {@code control/command}. */
    public void attach(Bus bus, String vehicleId) {
        bus.subscribe(TopicNames.topic(vehicleId, StandardTopics.GROUND_TRUTH),
                (topic, message) -> latestTruth = (GroundTruth) message);
        bus.subscribe(TopicNames.topic(vehicleId, StandardTopics.EGO_STATE),
                (topic, message) -> bus.publish(commandTopic, command((EgoState) message, latestTruth)));
    }

    /** The command for {@code ego}, given the latest ground truth (null = none yet: no lead known). */
    public ControlCommand command(EgoState ego, GroundTruth truth) {
        double yaw = ego.pose().yawRad();
        double v = Math.max(0.0, ego.speedMps());
        double off = params.centreOffsetM();
        double cx = ego.pose().xM() + off * Math.cos(yaw);
        double cy = ego.pose().yM() + off * Math.sin(yaw);
        road.project(cx, cy, frenet);
        double centreS = frenet.sM;
        double frontS = centreS + direction * 0.5 * params.lengthM();
        double steer = pursuitSteerRad(ego, v);

        double limit = road.minSpeedLimitAhead(centreS, v * v / 2.0 + 10.0, road.lane(laneId).direction());
        double desired = Math.max(0.1, Math.min(targetSpeedMps, limit));
        leads.find(truth, centreS, v);
        double gap = leads.gapM();
        double leadSpeed = leads.leadSpeedMps();
        double leadAccel = leads.leadAccelMps2();
        double stopGap = stopLineGapM(frontS, v, ego.header().stampNs());
        if (stopGap < gap) {
            gap = stopGap;
            leadSpeed = 0.0;
            leadAccel = 0.0;
        }
        IdmParams idm = new IdmParams(desired, 1.2, 2.5, 1.5, 2.0, 4.0);
        double accel = AccModel.accelMps2(idm, v, Math.max(0.01, gap), leadSpeed, leadAccel);
        accel = Math.max(-params.maxDecelMps2(), Math.min(params.maxAccelMps2(), accel));
        return new ControlCommand(Header.of("base_link", seq++, ego.header().stampNs()), accel, steer);
    }

    /**
     * Distance from the front bumper to the nearest stop line of the ego's lane it should stop at, m;
     * +Infinity if none.
     */
    private double stopLineGapM(double frontS, double v, long nowNs) {
        road.stopLinesAhead(frontS, PREVIEW_M, road.lane(laneId).direction(), stops);
        for (int i = 0; i < stops.size(); i++) {
            StopLine stop = stops.get(i);
            if (!stop.appliesTo(laneId)) {
                continue;
            }
            double distance = (stop.sM() - frontS) * direction;
            LightState state = stop.light().state(nowNs);
            boolean canStop = distance > v * v / (2 * YELLOW_STOP_DECEL_MPS2);
            if (state == LightState.RED || (state == LightState.YELLOW && canStop)) {
                return distance;
            }
        }
        return Double.POSITIVE_INFINITY;
    }

    private double pursuitSteerRad(EgoState ego, double v) {
        double x = ego.pose().xM();
        double y = ego.pose().yM();
        double yaw = ego.pose().yawRad();
        road.project(x, y, frenet);
        double lookahead = LOOKAHEAD_BASE_M + LOOKAHEAD_TIME_S * v;
        road.laneCentreAt(laneId, frenet.sM + direction * lookahead, pose);
        double dx = pose.x - x;
        double dy = pose.y - y;
        double lx = dx * Math.cos(yaw) + dy * Math.sin(yaw);
        double ly = -dx * Math.sin(yaw) + dy * Math.cos(yaw);
        double ld2 = lx * lx + ly * ly;
        double steer = Math.atan(2.0 * params.wheelbaseM() * ly / Math.max(1e-6, ld2));
        return Math.max(-params.maxSteerRad(), Math.min(params.maxSteerRad(), steer));
    }
}
