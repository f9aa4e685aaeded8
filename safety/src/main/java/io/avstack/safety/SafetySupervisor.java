package io.avstack.safety;

import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Trajectory;
import io.avstack.safety.aeb.Aeb;
import io.avstack.safety.aeb.AebStage;
import io.avstack.safety.aeb.AebThreat;
import io.avstack.safety.aeb.LidarThreats;
import io.avstack.safety.aeb.RadarThreats;
import io.avstack.safety.aeb.WorldModelThreats;
import io.avstack.safety.arbiter.Arbiter;
import io.avstack.safety.arbiter.Decision;
import io.avstack.safety.config.SafetyConfig;
import io.avstack.safety.geom.EgoOnPath;
import io.avstack.safety.geom.ObjectRelations;
import io.avstack.safety.geom.PathFrame;
import io.avstack.safety.input.Inputs;
import io.avstack.safety.rss.RssOutcome;
import io.avstack.safety.rss.RssSituationCheck;
import io.avstack.safety.rss.RssTrajectoryCheck;
import io.avstack.safety.rss.TrajectoryOutcome;
import io.avstack.safety.watchdog.Health;
import io.avstack.safety.watchdog.HealthMonitor;
import io.avstack.safety.watchdog.HealthResponse;
import java.util.Objects;

/**
 * The safety layer as a plain algorithm, no bus: each {@link #cycle} reads the inputs' snapshot
 * and decides the final command. In order: watchdogs ({@link HealthMonitor}); the ego path (the
 * plan's, else straight ahead); RSS on the current situation and on the plan; emergency braking
 * on the world model, or on raw radar and lidar when the world model is unusable; then the {@link Arbiter}.
 * A command is due when a new planner command arrived, or while the planner is unusable and an
 * override is running (then at the planner's rate). Owned by one thread.
 */
public final class SafetySupervisor {

    /** A stale plan still gives the path to stop along for this long, s. */
    static final double PATH_MAX_AGE_S = 2.0;
    /** While the planner is silent the override is published at this period, ns (50 Hz, the planner's rate). */
    static final long OVERRIDE_PERIOD_NS = 20_000_000L;

    private final SafetyConfig config;
    private final HealthMonitor healthMonitor;
    private final Health health = new Health();
    private final PathFrame path = new PathFrame();
    private final EgoOnPath egoOnPath = new EgoOnPath();
    private final ObjectRelations relations = new ObjectRelations();
    private final RssSituationCheck rssCheck;
    private final RssTrajectoryCheck planCheck;
    private final RssOutcome rss = new RssOutcome();
    private final TrajectoryOutcome plan = new TrajectoryOutcome();
    private final Aeb aeb;
    private final WorldModelThreats worldThreats;
    private final RadarThreats radarThreats;
    private final AebThreat threat = new AebThreat();
    private final AebThreat radarThreat = new AebThreat();
    private final Aeb.ScanConfirmation radarConfirmation;
    private final LidarThreats lidarThreats;
    private final AebThreat lidarThreat = new AebThreat();
    private final AebThreat lidarConfirmed = new AebThreat();
    private final Aeb.ScanConfirmation lidarConfirmation;
    private final Arbiter arbiter;
    private final Decision decision = new Decision();

    private boolean pathFromPlan;
    private boolean planChecked;
    private Trajectory pathPlan;
    private long lastCommandNs = Long.MIN_VALUE;
    /** The last command published carried the MRM (the health response was MRM). */
    private boolean mrmCommanded;
    private double lastAccelMps2 = Double.NaN;
    private double lastSteerRad = Double.NaN;

    /**
     * @param radarMount the front radar's pose in the vehicle frame, for braking on raw radar
     * @param lidarMount the lidar's pose in the vehicle frame, for braking on raw lidar; null: radar only
     * @param startNs    when the node started (inputs get the start-up grace from here)
     */
    public SafetySupervisor(SafetyConfig config, Extrinsics radarMount, Extrinsics lidarMount, long startNs) {
        this.config = Objects.requireNonNull(config, "config");
        Objects.requireNonNull(radarMount, "radarMount");
        this.healthMonitor = new HealthMonitor(config.watchdog(), startNs);
        this.rssCheck = new RssSituationCheck(config.rss(), config.rssVulnerable(), config.vehicle(), config.checks());
        this.planCheck = new RssTrajectoryCheck(config.rss(), config.rssVulnerable(), config.vehicle(), config.checks());
        this.aeb = new Aeb(config.aeb(), config.vehicle());
        this.worldThreats = new WorldModelThreats(aeb, config.aeb(), config.vehicle(), config.checks(), config.rss(),
                config.rssVulnerable());
        this.radarThreats = new RadarThreats(aeb, config.aeb(), config.vehicle(), radarMount);
        this.radarConfirmation = aeb.new ScanConfirmation();
        this.lidarThreats = lidarMount == null ? null : new LidarThreats(aeb, config.aeb(), config.vehicle(), lidarMount);
        this.lidarConfirmation = aeb.new ScanConfirmation();
        this.arbiter = new Arbiter(config.vehicle(), config.response());
    }

    /** One cycle at {@code nowNs}; the returned decision is reused by the next cycle. */
    public Decision cycle(long nowNs, Inputs in) {
        healthMonitor.assess(nowNs, in, health);
        EgoState ego = health.egoUsable ? in.ego.latest() : null;
        checkRss(nowNs, in, ego);
        AebStage stage = emergencyBraking(in, ego);
        boolean plannerFresh = health.plannerUsable && in.plannerCommand.updated();
        boolean mrm = health.response == HealthResponse.MRM;
        boolean periodDue = lastCommandNs == Long.MIN_VALUE || nowNs - lastCommandNs >= OVERRIDE_PERIOD_NS;
        // the MRM is commanded in the cycle that calls for it, not with the planner's next command: a
        // lost bus leaves the planner's last command usable for its maximum age while none comes
        boolean overrideDue = mrm && (!mrmCommanded || !health.plannerUsable && periodDue);
        if (!mrm) {
            mrmCommanded = false;
        }
        decision.publish = plannerFresh || overrideDue;
        if (!decision.publish) {
            return decision; // nothing due: the checks above kept their state, nobody reads a verdict
        }
        ControlCommand proposal = health.plannerUsable ? in.plannerCommand.latest() : null;
        double dtS = lastCommandNs == Long.MIN_VALUE ? 0.0 : (nowNs - lastCommandNs) / 1e9;
        arbiter.arbitrate(proposal == null ? Double.NaN : proposal.accelMps2(),
                proposal == null ? Double.NaN : proposal.steeringRad(),
                ego == null ? Double.NaN : Math.max(0.0, ego.speedMps()),
                mrmSteerRad(ego), lastAccelMps2, referenceSteerRad(ego, dtS), dtS, health, rss, plan, stage,
                threat, aeb.brakeAccelMps2(threat), decision);
        lastCommandNs = nowNs;
        mrmCommanded = mrm;
        lastAccelMps2 = decision.accelMps2;
        lastSteerRad = decision.steeringRad;
        return decision;
    }

    private void checkRss(long nowNs, Inputs in, EgoState ego) {
        if (ego == null) {
            relations.clear();
            rss.reset();
            plan.reset();
            planChecked = false;
            return;
        }
        Trajectory trajectory = in.trajectory.latest();
        pathFromPlan = trajectory != null && (health.trajectoryUsable || in.trajectory.ageS(nowNs) <= PATH_MAX_AGE_S);
        if (!pathFromPlan) {
            path.setStraight(ego.pose().xM(), ego.pose().yM(), ego.pose().yawRad());
            pathPlan = null;
        } else if (trajectory != pathPlan) {
            path.setTrajectory(trajectory, ego.pose().xM(), ego.pose().yM(), ego.pose().yawRad());
            pathPlan = trajectory;
        }
        egoOnPath.set(ego, path);
        if (health.worldModelUsable) {
            relations.update(ego, egoOnPath, in.worldModel.latest(), path, config.vehicle(),
                    config.checks().minExistenceProb());
            rssCheck.check(nowNs, egoOnPath, relations, rss);
            if (!health.trajectoryUsable) {
                plan.reset();
            } else if (in.worldModel.updated() || in.trajectory.updated() || !planChecked) {
                // the costly check, redone when the world model or the plan changes (10 Hz); in between
                // the ego moves along the plan it checked
                planCheck.check(ego, egoOnPath, relations, trajectory, path, plan);
            }
            planChecked = health.trajectoryUsable;
        } else {
            relations.clear();
            rss.reset();
            plan.reset();
            planChecked = false;
        }
    }

    /**
     * The AEB stage: on the world model when usable, else on raw radar and lidar (re-assessed per new
     * scan). The raw lidar is also a diverse second channel while the world model is usable: fusion
     * can drop a track right ahead (a pedestrian at a few metres, a cyclist starting off), so a
     * confirmed lidar obstacle closing in at the brake stage brakes too.
     */
    private AebStage emergencyBraking(Inputs in, EgoState ego) {
        if (ego == null) {
            threat.reset();
            return aeb.update(threat, false, false, 0.0);
        }
        double speed = Math.max(0.0, ego.speedMps());
        boolean newLidar = lidarThreats != null && health.lidarUsable && in.lidar.updated();
        if (newLidar) {
            lidarThreats.find(in.lidar.latest(), ego, lidarThreat);
        } else if (lidarThreats != null && !health.lidarUsable) {
            lidarThreat.reset();
            lidarThreats.reset();
            lidarConfirmation.reset();
        }
        lidarConfirmed.copyFrom(lidarThreat);
        lidarConfirmation.apply(lidarConfirmed, newLidar);
        if (health.worldModelUsable) {
            worldThreats.find(egoOnPath, relations, threat);
            // a lidar obstacle joins at the brake stage, and stays while braking (so the hold can see it),
            // unless it is the tracked threat itself: then the track's filtered closing speed stands
            // (the nearest lidar point jumps while a cutting-in car's corner enters the corridor)
            if (lidarConfirmed.present && (lidarConfirmed.stage == AebStage.BRAKE || aeb.stage() == AebStage.BRAKE)
                    && !isTrackedThreat(lidarConfirmed)) {
                threat.offerFrom(lidarConfirmed);
            }
            if (threat.trackId == LidarThreats.LIDAR_THREAT_ID) {
                return aeb.update(threat, true, newLidar, speed);
            }
            return aeb.update(threat, false, in.worldModel.updated(), speed);
        }
        boolean newRadar = health.radarUsable && in.radar.updated();
        if (newRadar) {
            radarThreats.find(in.radar.latest(), ego, radarThreat);
        } else if (!health.radarUsable) {
            radarThreat.reset();
            radarConfirmation.reset();
        }
        // each sensor's threat confirmed over its own scans, then the more urgent of the two
        threat.copyFrom(radarThreat);
        radarConfirmation.apply(threat, newRadar);
        threat.offerFrom(lidarConfirmed);
        return aeb.update(threat, true, newRadar || newLidar, speed);
    }

    /** A lidar obstacle closer than this to the tracked threat's gap is that object, m. */
    static final double TRACKED_OBSTACLE_TOLERANCE_M = 1.0;

    private boolean isTrackedThreat(AebThreat lidar) {
        return threat.present && threat.trackId >= 0 && Math.abs(threat.gapM - lidar.gapM) <= TRACKED_OBSTACLE_TOLERANCE_M;
    }

    /** Steering that follows the plan's path while stopping: its curvature at the ego, else the wheel as it is. */
    private double mrmSteerRad(EgoState ego) {
        if (ego == null) {
            return Double.isFinite(lastSteerRad) ? lastSteerRad : 0.0;
        }
        return pathFromPlan ? Math.atan(config.vehicle().wheelbaseM() * egoOnPath.curvaturePerM) : ego.steeringRad();
    }

    /** The steering the rate limit starts from: our last command if recent, else the wheel's angle. */
    private double referenceSteerRad(EgoState ego, double dtS) {
        if (Double.isFinite(lastSteerRad) && dtS <= 0.2) {
            return lastSteerRad;
        }
        return ego == null ? Double.NaN : ego.steeringRad();
    }

    /** Non-finite commands replaced since start. */
    public long nonFiniteReplaced() {
        return arbiter.nonFiniteReplaced();
    }
}
