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
        List<TrackedObject> objects = world.objects();
        dest.reset(objects.size(), samples, stepS);
        double ageS = Math.max(0.0, (nowNs - world.header().stampNs()) / 1e9);
        double lo = egoSM - config.prediction().behindRangeM();
        double hi = egoSM + config.horizon().previewM();
        RoadMap map = road.map();
        double margin = 10.0;
        double left = road.roadLeftEdgeD() + margin;
        double right = road.roadRightEdgeD() - margin;
        for (int n = 0; n < objects.size(); n++) {
            TrackedObject o = objects.get(n);
            if (o.existenceProb() < config.prediction().minExistenceProb()) {
                continue; // a fading track (a ghost fusion has stopped confirming) is no reason to brake
            }
            map.project(o.xM(), o.yM(), frenet);
            if (frenet.sM < lo || frenet.sM > hi || frenet.dM > left || frenet.dM < right) {
                continue;
            }
            addObject(o, frenet.sM, frenet.dM, ageS, dest);
        }
    }

    /** A vehicle's speed along the road within this many standard deviations of its estimate is standing. */
    static final double STANDING_SIGMAS = 2.0;

    private void addObject(TrackedObject o, double s0, double d0, double ageS, PredictedObjects p) {
        int k = p.add();
        double ref = road.map().poseAt(s0, pose).headingRad;
        double c = Math.cos(ref);
        double sn = Math.sin(ref);
        double vx = o.velocity().vxMps();
        double vy = o.velocity().vyMps();
        double vs = vx * c + vy * sn;
        double vd = -vx * sn + vy * c;
        boolean vru = o.cls() == ObjectClass.PEDESTRIAN || o.cls() == ObjectClass.CYCLIST;
        if (!vru) {
            // a vehicle whose speed along the road its estimate cannot tell from standing stands (a
            // lidar-only or coasting track behind the lead "reversing" at 1.5 m/s is noise)
            if (Math.abs(vs) < STANDING_SIGMAS * Math.sqrt(c * c * o.varVxM2ps2() + sn * sn * o.varVyM2ps2())) {
                vs = 0.0;
            }
        }
        double as = o.axMps2() * c + o.ayMps2() * sn;
        double rel = o.yawRad() - ref;
        double len = o.dims().lengthM();
        double wid = o.dims().widthM();
        p.trackId[k] = o.trackId();
        p.cls[k] = o.cls();
        p.halfAlongM[k] = 0.5 * (len * Math.abs(Math.cos(rel)) + wid * Math.abs(Math.sin(rel)));
        p.halfAcrossM[k] = 0.5 * (len * Math.abs(Math.sin(rel)) + wid * Math.abs(Math.cos(rel)));
        double speed = Math.hypot(vs, vd);
        p.stationary[k] = speed < config.prediction().stationarySpeedMps();
        p.crossing[k] = !p.stationary[k] && Math.abs(vd) > Math.abs(vs);
        p.vdMps[k] = vd;
        p.asMps2[k] = as;
        p.sigmaLon0M[k] = Math.sqrt(Math.max(o.varXM2(), o.varYM2()));
        p.sigmaLat0M[k] = p.sigmaLon0M[k];
        // where a vehicle drifting sideways settles: the next lane centre in its direction of drift
        double settleD = Double.NaN;
        if (!vru && !p.crossing[k] && Math.abs(vd) > LATERAL_DRIFT_MPS) {
            settleD = road.nextCentreBeyond(d0, Math.signum(vd));
        }
        // braking vehicles are predicted to stop; other accelerations are not extrapolated
        double brake = vs > 0 && as < 0 && !p.crossing[k] ? as : 0.0;
        double stopT = brake < 0 ? vs / -brake : Double.POSITIVE_INFINITY;
        int base = k * p.samples();
        for (int i = 0; i < p.samples(); i++) {
            double t = ageS + i * p.stepS();
            double tb = Math.min(t, stopT);
            p.s[base + i] = s0 + vs * tb + 0.5 * brake * tb * tb;
            p.vs[base + i] = t < stopT ? vs + brake * t : 0.0;
            double d = d0 + vd * t;
            if (!Double.isNaN(settleD) && (d - settleD) * Math.signum(vd) > 0) {
                d = settleD;
            } else if (Double.isNaN(settleD) && !vru && !p.crossing[k]) {
                d = d0; // keeps its lane
            }
            p.d[base + i] = d;
        }
    }
}
