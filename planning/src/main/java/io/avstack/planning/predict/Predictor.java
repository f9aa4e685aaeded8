package io.avstack.planning.predict;

import io.avstack.core.map.Frenet;
import io.avstack.core.map.Pose2;
import io.avstack.core.map.RoadMap;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.WorldModel;
import io.avstack.planning.config.PlanningConfig;
import io.avstack.planning.road.RoadView;
import java.util.List;

/**
 * Short-horizon prediction in the road frame. Vehicles keep their speed along their lane (a braking
 * one is predicted to stop) and, when drifting sideways, settle on the next lane centre; pedestrians
 * and cyclists crossing the road keep their velocity. Uncertainty starts from the track's position
 * variance and grows linearly with prediction time. Only road users within the planner's reach
 * (behind the ego by at most {@code behindRangeM}, ahead by at most the preview) are kept.
 */
public final class Predictor {

    /** Lateral speed below which a vehicle is taken to keep its lane offset, m/s. */
    static final double LATERAL_DRIFT_MPS = 0.2;

    private final RoadView road;
    private final PlanningConfig config;
    private final Frenet frenet = new Frenet();
    private final Pose2 pose = new Pose2();
    private final LateralMotion motion = new LateralMotion();
    private double egoSM;
    private double egoSpeedMps;

    public Predictor(RoadView road, PlanningConfig config) {
        this.road = road;
        this.config = config;
    }

    /**
     * Predicts every relevant object of {@code world} from {@code nowNs} on ({@code samples} samples,
     * {@code stepS} apart) into {@code dest}.
     *
     * @param egoSM the ego's rear-axle arc length, m
     */
    public void predict(WorldModel world, long nowNs, double egoSM, int samples, double stepS, PredictedObjects dest) {
        predict(world, nowNs, egoSM, 0.0, samples, stepS, dest);
    }

    /**
     * As {@link #predict(WorldModel, long, double, int, double, PredictedObjects)}, the ego driving at
     * {@code egoSpeedMps}: a vehicle ahead the ego would reach within the cut-in horizon changes lanes
     * on weaker evidence ({@link #CLOSE_DRIFT_SIGMAS}).
     */
    public void predict(WorldModel world, long nowNs, double egoSM, double egoSpeedMps, int samples, double stepS,
            PredictedObjects dest) {
        this.egoSM = egoSM;
        this.egoSpeedMps = egoSpeedMps;
        List<TrackedObject> objects = world.objects();
        dest.reset(objects.size(), samples, stepS);
        double ageS = Math.max(0.0, (nowNs - world.header().stampNs()) / 1e9);
        double lo = egoSM - config.prediction().behindRangeM();
        double hi = egoSM + config.horizon().previewM();
        RoadMap map = road.map();
        double margin = 10.0;
        double left = road.roadLeftEdgeD() + margin;
        double right = road.roadRightEdgeD() - margin;
        long stampNs = world.header().stampNs();
        motion.beginWorld();
        for (int n = 0; n < objects.size(); n++) {
            TrackedObject o = objects.get(n);
            if (o.existenceProb() < config.prediction().minExistenceProb()) {
                continue; // a fading track (a ghost fusion has stopped confirming) is no reason to brake
            }
            map.project(o.xM(), o.yM(), frenet);
            double observedVd = motion.observe(o.trackId(), stampNs, frenet.dM);
            if (frenet.sM < lo || frenet.sM > hi || frenet.dM > left || frenet.dM < right) {
                continue;
            }
            addObject(o, frenet.sM, frenet.dM, observedVd, motion.windowS(), ageS, dest);
        }
        motion.endWorld();
        shield(dest, egoSM);
    }

    /**
     * A vehicle does not drive through the vehicle in front of it. A vehicle predicted to come back
     * towards the ego (reversing, or oncoming in its lane) stops, at every predicted instant, at the
     * far end of any vehicle that is now between it and the ego and is then in its way (across the
     * road their boxes overlap); from there it moves as that vehicle does. A car in a stopping queue,
     * half hidden behind the ego's lead, was tracked "reversing" at 1.6-2.0 m/s (4.5 sigma: its lidar
     * boxes grew towards the ego as more of it came into view); predicted through the lead into the
     * ego, it made every candidate collide, and the fallback braked at 6.5 m/s² behind a lead at
     * 0.3 m/s (stop-and-go-queue). Pedestrians and cyclists neither shield nor are shielded.
     */
    static void shield(PredictedObjects p, double egoSM) {
        int n = p.count();
        int m = p.samples();
        for (int i = 0; i < n; i++) {
            int bi = i * m;
            if (p.isVulnerable(i) || p.isCrossing(i) || !(p.vs[bi] < 0)) {
                continue;
            }
            for (int j = 0; j < n; j++) {
                int bj = j * m;
                if (j == i || p.isVulnerable(j) || p.isCrossing(j) || !(p.s[bj] > egoSM && p.s[bj] < p.s[bi])) {
                    continue;
                }
                double halfAlongs = p.halfAlongM(i) + p.halfAlongM(j);
                double halfAcross = p.halfAcrossM(i) + p.halfAcrossM(j);
                for (int k = 0; k < m; k++) {
                    double minS = p.s[bj + k] + halfAlongs;
                    if (p.s[bi + k] < minS && Math.abs(p.d[bi + k] - p.d[bj + k]) < halfAcross) {
                        p.s[bi + k] = minS;
                        p.vs[bi + k] = p.vs[bj + k];
                    }
                }
            }
        }
    }

    /**
     * A vehicle moves across the road (crosses, or counts its lateral speed at all) only when its
     * lateral speed is beyond this many standard deviations of the estimate, or its observed offsets
     * show it beyond as many of their own noise (as a pedestrian walks onto a crosswalk only beyond 2
     * sigma, SituationBuilder). A fresh radar-born track of a car parked at the road's end had
     * -3.3 +- 4.1 m/s across the road: "crossing" into the ego's lane, yielded to with 5.5 m/s² of
     * braking at 33 m/s; 0.4 s later its offsets, converging by 1.2 m, "moved" at 1.4 sigma
     * (highway-cruise). The observed motion counts too: a crossing cyclist fusion classifies as a car
     * and whose velocity it does not yet know shows in its offsets (discounting the estimate alone
     * hid one).
     */
    static final double CROSSING_SIGMAS = 2.0;

    /** Whether a vehicle's lateral speed {@code vd} (or its observed offsets' {@code observedVd}) is evidence of moving across. */
    static boolean movesAcross(double vd, double sigmaVd, double observedVd, double sigmaObserved) {
        return Math.abs(vd) > CROSSING_SIGMAS * sigmaVd
                || !Double.isNaN(observedVd) && observedVd * vd > 0 && Math.abs(observedVd) > CROSSING_SIGMAS * sigmaObserved;
    }

    /** A vehicle's speed along the road within this many standard deviations of its estimate is standing. */
    static final double STANDING_SIGMAS = 2.0;

    /**
     * A vehicle is predicted to change lanes only when its lateral speed exceeds this many standard
     * deviations of the estimate (crossing road users keep the full estimate): far radar-born tracks
     * carry 2-3 m/s of lateral-velocity noise at up to ~2.8 sigma, and each such "lane change" of an
     * oncoming car into the ego's lane was an emergency stop (oncoming-traffic, urban-showcase).
     */
    static final double DRIFT_SIGMAS = 3.0;

    /**
     * ... or of this many for a vehicle ahead that the ego would reach within the cut-in horizon: the
     * cost of seeing a close cut-in one world model late is a time to collision below 1 s (a car
     * cutting in 10 m ahead at 20 km/h slower showed 2.2 sigma one cycle before 3: cut-in-close),
     * the cost of a false one there is braking gently behind a car the ego is overtaking closely.
     * Far tracks, where the noise is, keep {@link #DRIFT_SIGMAS}.
     */
    static final double CLOSE_DRIFT_SIGMAS = 2.0;

    /** Whether the ego, at its speed, would reach a vehicle at {@code s} moving at {@code vs} within the cut-in horizon. */
    private boolean isClose(double s, double vs, double halfAlongM) {
        double gap = s - halfAlongM - (egoSM + config.vehicle().frontOffsetM());
        double closing = egoSpeedMps - vs;
        return gap > 0 && closing > 0 && gap < closing * config.prediction().cutInHorizonS();
    }

    /**
     * Standard deviation of a lane-keeping vehicle's offset from its lane's centre, m: the map's prior
     * on where it drives, fused with the track's lateral position. It matters only where the track
     * knows less than the map (a far radar-only track's azimuth error is ~0.5-0.7 m and biased).
     */
    static final double LANE_KEEPING_SIGMA_M = 0.3;

    /**
     * Most a drifting vehicle moves sideways per metre it moves along the road (tan of ~27° between its
     * heading and the lane): a car turns its wheels, it does not slide. Lane changes stay well below
     * (1-2 m/s sideways at 10-30 m/s: 0.03-0.2; pulling out of a queue at walking pace: ~0.5).
     */
    static final double MAX_DRIFT_SLOPE = 0.5;

    private static boolean isVehicle(ObjectClass cls) {
        return cls == ObjectClass.CAR || cls == ObjectClass.TRUCK || cls == ObjectClass.BUS;
    }

    /**
     * A drift of {@code lateralM} after the vehicle has moved {@code alongM} along the road, bounded by
     * {@link #MAX_DRIFT_SLOPE}: a stopping car that fusion sees "drifting" at 0.8 m/s (its track's
     * offset wandering by half a metre while it comes to rest beside the ego) was predicted into the
     * ego's lane, and every candidate collided with it: an emergency stop for nothing (urban-showcase).
     */
    static double driftM(double lateralM, double alongM) {
        double cap = MAX_DRIFT_SLOPE * Math.abs(alongM);
        return Math.max(-cap, Math.min(cap, lateralM));
    }

    /**
     * @param observedVd the track's observed lateral velocity ({@link LateralMotion}), NaN without history
     * @param windowS    the time it was differenced over, s
     */
    private void addObject(TrackedObject o, double s0, double d0, double observedVd, double windowS, double ageS,
            PredictedObjects p) {
        int k = p.add();
        double ref = road.map().poseAt(s0, pose).headingRad;
        double c = Math.cos(ref);
        double sn = Math.sin(ref);
        double vx = o.velocity().vxMps();
        double vy = o.velocity().vyMps();
        double vs = vx * c + vy * sn;
        double vd = -vx * sn + vy * c;
        boolean vru = o.cls() == ObjectClass.PEDESTRIAN || o.cls() == ObjectClass.CYCLIST;
        double sigmaVd = Math.sqrt(o.velocityVarianceAlong(-sn, c));
        // position variance across the road (the track's covariance is in map axes)
        double varLat = o.positionVarianceAlong(-sn, c);
        double sigmaObserved = Math.sqrt(2 * varLat) / windowS;
        // the lateral speed as evidence of moving across: the estimate or the observed offsets
        double vdEvidence = vd;
        if (!vru) {
            // a vehicle whose speed along the road its estimate cannot tell from standing stands (a
            // lidar-only or coasting track behind the lead "reversing" at 1.5 m/s is noise)
            if (Math.abs(vs) < STANDING_SIGMAS * Math.sqrt(o.velocityVarianceAlong(c, sn))) {
                vs = 0.0;
            }
            if (!movesAcross(vd, sigmaVd, observedVd, sigmaObserved)) {
                vdEvidence = 0.0;
            }
        }
        double as = o.axMps2() * c + o.ayMps2() * sn;
        // a vehicle neither moving nor seen by the lidar has no heading: fusion's is its velocity's
        // direction, and a standing car's velocity is noise; it stands along the road (a radar-born
        // track of a car parked in the next lane, "heading" across the road, was a 4.6 m wide box
        // reaching into the ego's lane: followed at 122 m from 33 m/s, highway-cruise)
        boolean headingUnknown = !vru && Math.hypot(vs, vdEvidence) < config.prediction().stationarySpeedMps()
                && !o.seenBy(TrackedObject.SENSOR_LIDAR);
        double rel = headingUnknown ? 0.0 : o.yawRad() - ref;
        double len = o.dims().lengthM();
        double wid = o.dims().widthM();
        p.trackId[k] = o.trackId();
        p.cls[k] = o.cls();
        p.halfAlongM[k] = 0.5 * (len * Math.abs(Math.cos(rel)) + wid * Math.abs(Math.sin(rel)));
        p.halfAcrossM[k] = 0.5 * (len * Math.abs(Math.sin(rel)) + wid * Math.abs(Math.cos(rel)));
        double speed = Math.hypot(vs, vdEvidence);
        p.stationary[k] = speed < config.prediction().stationarySpeedMps();
        // a vehicle whose lidar box lies along the road moves along it (it turns its wheels, it does not
        // slide): a velocity pointing across the road is the estimate's noise, not a car crossing it (a
        // stopping car's track wandering half a metre sideways at 0.8 m/s beside the ego: urban-showcase)
        boolean alongTheRoad = isVehicle(o.cls()) && o.seenBy(TrackedObject.SENSOR_LIDAR)
                && Math.abs(Math.sin(rel)) < MAX_DRIFT_SLOPE;
        p.crossing[k] = !p.stationary[k] && Math.abs(vdEvidence) > Math.abs(vs) && !alongTheRoad;
        p.vdMps[k] = vd;
        p.asMps2[k] = as;
        p.sigmaLon0M[k] = Math.sqrt(o.positionVarianceAlong(c, sn));
        // where a vehicle drifting sideways settles: the next lane centre in its direction of drift
        double settleD = Double.NaN;
        p.sigmaVdMps[k] = sigmaVd;
        boolean keepsLane = !vru && !p.crossing[k];
        // a lane change needs a lateral speed beyond the noise of the estimate, or of the observed motion
        // (fusion inflates the velocity covariance at a manoeuvre's onset: the offsets still show it), that
        // the track's motion confirms
        double drift = LateralMotion.confirmed(vd, observedVd, sigmaVd);
        double sigmas = isClose(s0, vs, p.halfAlongM[k]) ? CLOSE_DRIFT_SIGMAS : DRIFT_SIGMAS;
        boolean significant = Math.abs(vd) > sigmas * sigmaVd
                || !Double.isNaN(observedVd) && Math.abs(observedVd) > sigmas * sigmaObserved;
        if (keepsLane && significant && Math.abs(drift) > LATERAL_DRIFT_MPS) {
            settleD = road.nextCentreBeyond(d0, Math.signum(drift));
            keepsLane = false;
        }
        double vdPredicted = keepsLane ? 0.0 : Double.isNaN(settleD) ? vd : drift;
        // a moving vehicle in a lane of its direction keeps near its centre, and a standing one stands near
        // the centre of the lane it is in (a queue, a car parked at the road's end): fuse that prior with
        // the track (a radar-born track of a car standing in the next lane 125 m ahead was placed 1.3 m
        // towards the ego's, +- 1 m: every lane-keeping candidate "collided" with it, highway-cruise)
        double centre = !keepsLane ? Double.NaN
                : p.stationary[k] ? road.centreOfAnyLaneAt(d0) : road.centreOfLaneAt(d0, vs > 0);
        if (!Double.isNaN(centre)) {
            // fuse the lane's prior with the track
            double prior = LANE_KEEPING_SIGMA_M * LANE_KEEPING_SIGMA_M;
            d0 += varLat / (varLat + prior) * (centre - d0);
            varLat = varLat * prior / (varLat + prior);
        }
        p.sigmaLat0M[k] = Math.sqrt(varLat);
        // braking vehicles are predicted to stop; other accelerations are not extrapolated
        double brake = vs > 0 && as < 0 && !p.crossing[k] ? as : 0.0;
        double stopT = brake < 0 ? vs / -brake : Double.POSITIVE_INFINITY;
        // a vehicle (not crossing) moves sideways only as it moves along; road users crossing keep their velocity
        boolean vehicleAlong = !vru && !p.crossing[k];
        int base = k * p.samples();
        for (int i = 0; i < p.samples(); i++) {
            double t = ageS + i * p.stepS();
            double tb = Math.min(t, stopT);
            p.s[base + i] = s0 + vs * tb + 0.5 * brake * tb * tb;
            p.vs[base + i] = t < stopT ? vs + brake * t : 0.0;
            double d = d0 + driftM(vdPredicted * t, vehicleAlong ? p.s[base + i] - s0 : Double.POSITIVE_INFINITY);
            if (!Double.isNaN(settleD) && (d - settleD) * Math.signum(vdPredicted) > 0) {
                d = settleD;
            }
            p.d[base + i] = d;
        }
    }
}
