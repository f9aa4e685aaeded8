package io.avstack.safety.rss;

import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Trajectory;
import io.avstack.core.msg.TrajectoryPoint;
import io.avstack.core.rss.RssParams;
import io.avstack.safety.config.CheckConfig;
import io.avstack.safety.config.VehicleLimits;
import io.avstack.safety.geom.EgoOnPath;
import io.avstack.safety.geom.ObjectRelation;
import io.avstack.safety.geom.ObjectRelations;
import io.avstack.safety.geom.PathFrame;
import io.avstack.safety.geom.PathPoint;
import java.util.Arrays;
import java.util.List;

/**
 * The RSS check of the plan: at each trajectory point within the horizon, the ego at the planned
 * position and speed against every relevant object predicted at constant velocity. A point where
 * both distances would be non-safe is a violation: the plan drives into a dangerous situation.
 * The planner should never produce one (its gap never falls below the RSS distance); this is the
 * independent check. Owned by one thread; allocation-free once its buffers have grown.
 */
public final class RssTrajectoryCheck {

    private final RssParams rss;
    private final RssParams vulnerable;
    private final VehicleLimits vehicle;
    private final CheckConfig checks;
    private final PathPoint foot = new PathPoint();
    private double[] timesS = new double[64];
    private double[] sM = new double[64];
    private double[] dM = new double[64];
    private double[] speedsMps = new double[64];
    private int n;

    /** With one parameter set for every road user. */
    public RssTrajectoryCheck(RssParams rss, VehicleLimits vehicle, CheckConfig checks) {
        this(rss, rss, vehicle, checks);
    }

    /** @param vulnerable the RSS parameters of pedestrians and cyclists; {@code rss}: the ego's and other cars' */
    public RssTrajectoryCheck(RssParams rss, RssParams vulnerable, VehicleLimits vehicle, CheckConfig checks) {
        this.rss = rss;
        this.vulnerable = vulnerable;
        this.vehicle = vehicle;
        this.checks = checks;
    }

    /** Checks {@code plan} (whose points define {@code path}) against this cycle's {@code relations} into {@code out}. */
    public void check(EgoState ego, EgoOnPath egoOnPath, ObjectRelations relations, Trajectory plan, PathFrame path,
                      TrajectoryOutcome out) {
        out.reset();
        samplePlan(ego, plan, path);
        if (n == 0) {
            return;
        }
        for (int i = 0; i < relations.size(); i++) {
            ObjectRelation rel = relations.get(i);
            if (RssSituationCheck.relevant(rel, checks)) {
                checkObject(rel, egoOnPath, out);
            }
        }
    }

    private void checkObject(ObjectRelation rel, EgoOnPath ego, TrajectoryOutcome out) {
        RssParams obj = SafeDistances.paramsOf(rel.cls, rss, vulnerable);
        double objectS = ego.sM + rel.relSM;
        double objectD = ego.dM + rel.relDM;
        for (int k = 0; k < n && timesS[k] < out.timeS; k++) {
            double t = timesS[k];
            double relS = objectS + rel.lonSpeedMps * t - sM[k];
            double relD = objectD + rel.latSpeedMps * t - dM[k];
            boolean ahead = ObjectRelation.isAhead(relS, vehicle);
            double lonGap = ObjectRelation.lonGapM(relS, rel.halfLonM, vehicle);
            double latGap = ObjectRelation.latGapM(relD, rel.halfLatM, vehicle);
            // the planned ego follows its path: no lateral velocity across it
            double lonSafe = SafeDistances.longitudinalM(ahead, speedsMps[k], rel.lonSpeedMps, rss, obj);
            double latSafe = SafeDistances.lateralM(relD, 0.0, rel.latSpeedMps, rss, obj);
            // only ahead: the ego as the front car cannot plan its way out of a follower's gap
            if (ahead && lonGap <= lonSafe && latGap <= latSafe) {
                out.violation = true;
                out.timeS = t;
                out.trackId = rel.trackId;
                out.cls = rel.cls;
                out.gapM = lonGap;
                out.safeDistanceM = lonSafe;
                return;
            }
        }
    }

    /** Projects the plan's points after the ego state's stamp and within the horizon. */
    private void samplePlan(EgoState ego, Trajectory plan, PathFrame path) {
        n = 0;
        List<TrajectoryPoint> points = plan.points();
        for (int i = 0; i < points.size(); i++) {
            double t = (plan.stampNsOf(i) - ego.header().stampNs()) / 1e9;
            if (t <= 0) {
                continue;
            }
            if (t > checks.trajectoryHorizonS()) {
                break;
            }
            TrajectoryPoint p = points.get(i);
            path.project(p.xM(), p.yM(), foot);
            grow();
            timesS[n] = t;
            sM[n] = foot.sM;
            dM[n] = foot.dM;
            speedsMps[n] = Math.max(0.0, p.speedMps());
            n++;
        }
    }

    private void grow() {
        if (n == timesS.length) {
            timesS = Arrays.copyOf(timesS, n * 2);
            sM = Arrays.copyOf(sM, n * 2);
            dM = Arrays.copyOf(dM, n * 2);
            speedsMps = Arrays.copyOf(speedsMps, n * 2);
        }
    }
}
