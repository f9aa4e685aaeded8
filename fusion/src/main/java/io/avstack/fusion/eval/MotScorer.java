package io.avstack.fusion.eval;

import io.avstack.core.msg.GroundTruth;
import io.avstack.core.msg.GroundTruthObject;
import io.avstack.core.msg.Pose;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.WorldModel;
import io.avstack.fusion.track.Angles;
import io.avstack.fusion.track.Assignment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores world models against simulator ground truth with the CLEAR-MOT rules (docs/FUSION.md):
 * per frame, ground-truth objects and published tracks (predicted by their velocity to the truth's
 * stamp) are matched one to one by the Hungarian algorithm on position distance, at most
 * {@code matchDistanceM}. A ground-truth object counts when it lies in the {@link CoverageRegion}
 * and is not hidden from every covering sensor behind a nearer object; matches of objects that do
 * not count are neither hits nor false tracks, nor do they set the object's identity. A track in the
 * region matched to nothing is a false track; an object matched to another track than its previous
 * counted match is an ID switch (CLEAR-MOT with ignored objects, as MOTChallenge removes matches to
 * ignored objects before counting switches: a track lost and replaced while its object was beyond
 * the range or hidden is no switch; one replaced while it counts is). Positions are
 * compared in the world frame; the region is evaluated in the true ego frame. One thread.
 */
public final class MotScorer {

    /** Sees every counted match and miss (for per-object assertions). */
    public interface Listener {
        void onMatch(long stampNs, GroundTruthObject truth, TrackedObject track, double rangeM, double posErrM,
                double velErrMps);

        default void onMiss(long stampNs, GroundTruthObject truth, double rangeM) {
        }
    }

    private final CoverageRegion region;
    private final double matchDistanceM;
    private final Assignment assignment = new Assignment();
    private final Map<Long, Long> lastTrackOfActor = new HashMap<>();
    private Listener listener;
    private MotResult total = MotResult.EMPTY;

    public MotScorer(CoverageRegion region, double matchDistanceM) {
        this.region = region;
        this.matchDistanceM = matchDistanceM;
    }

    public MotScorer listener(Listener l) {
        this.listener = l;
        return this;
    }

    public MotResult result() {
        return total;
    }

    /** Scores one world model against the truth of (about) the same instant. */
    public void score(GroundTruth gt, WorldModel wm) {
        Pose ego = gt.egoPose();
        double c = Math.cos(ego.yawRad());
        double s = Math.sin(ego.yawRad());
        List<GroundTruthObject> objs = gt.objects();
        List<TrackedObject> tracks = wm.objects();
        int n = objs.size();
        int m = tracks.size();
        double dtS = (gt.header().stampNs() - wm.header().stampNs()) / 1e9;
        double[] gx = new double[n];
        double[] gy = new double[n];
        for (int i = 0; i < n; i++) {
            double dx = objs.get(i).pose().xM() - ego.xM();
            double dy = objs.get(i).pose().yM() - ego.yM();
            gx[i] = c * dx + s * dy;
            gy[i] = -s * dx + c * dy;
        }
        double[] cost = new double[n * m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double d = distance(objs.get(i), tracks.get(j), dtS);
                cost[i * m + j] = d <= matchDistanceM ? d : Assignment.FORBIDDEN;
            }
        }
        int[] rowToCol = new int[n];
        int[] colToRow = new int[m];
        assignment.solve(cost, n, m, rowToCol, colToRow);
        long counted = 0;
        long hits = 0;
        long missed = 0;
        long switches = 0;
        double sumD = 0;
        double sumD2 = 0;
        double sumV2 = 0;
        for (int i = 0; i < n; i++) {
            GroundTruthObject o = objs.get(i);
            boolean counts = region.contains(gx[i], gy[i]) && !hidden(i, gx, gy, objs, c, s);
            int j = rowToCol[i];
            double rangeM = Math.hypot(gx[i], gy[i]);
            if (j >= 0) {
                if (!counts) {
                    continue;
                }
                TrackedObject t = tracks.get(j);
                Long previous = lastTrackOfActor.put(o.actorId(), t.trackId());
                counted++;
                hits++;
                if (previous != null && previous != t.trackId()) {
                    switches++;
                }
                double d = cost[i * m + j];
                double dv = Math.hypot(t.velocity().vxMps() - o.velocity().vxMps(),
                        t.velocity().vyMps() - o.velocity().vyMps());
                sumD += d;
                sumD2 += d * d;
                sumV2 += dv * dv;
                if (listener != null) {
                    listener.onMatch(gt.header().stampNs(), o, t, rangeM, d, dv);
                }
            } else if (counts) {
                counted++;
                missed++;
                if (listener != null) {
                    listener.onMiss(gt.header().stampNs(), o, rangeM);
                }
            }
        }
        long falseTracks = 0;
        for (int j = 0; j < m; j++) {
            if (colToRow[j] < 0) {
                TrackedObject t = tracks.get(j);
                double dx = t.xM() + t.velocity().vxMps() * dtS - ego.xM();
                double dy = t.yM() + t.velocity().vyMps() * dtS - ego.yM();
                if (region.contains(c * dx + s * dy, -s * dx + c * dy)) {
                    falseTracks++;
                }
            }
        }
        total = total.plus(new MotResult(1, counted, hits, missed, falseTracks, switches, sumD, sumD2, sumV2));
    }

    private static double distance(GroundTruthObject o, TrackedObject t, double dtS) {
        double tx = t.xM() + t.velocity().vxMps() * dtS;
        double ty = t.yM() + t.velocity().vyMps() * dtS;
        return Math.hypot(tx - o.pose().xM(), ty - o.pose().yM());
    }

    /** Hidden from every covering sensor: a nearer object's angular extent covers its centre bearing. */
    private boolean hidden(int k, double[] gx, double[] gy, List<GroundTruthObject> objs, double c, double s) {
        boolean covered = false;
        for (int sensor = 0; sensor < region.sensors(); sensor++) {
            if (!region.coveredBy(sensor, gx[k], gy[k])) {
                continue;
            }
            covered = true;
            if (!hiddenFrom(region.originX(sensor), region.originY(sensor), k, gx, gy, objs, c, s)) {
                return false;
            }
        }
        return covered;
    }

    private static boolean hiddenFrom(double ox, double oy, int k, double[] gx, double[] gy,
            List<GroundTruthObject> objs, double c, double s) {
        double rk = Math.hypot(gx[k] - ox, gy[k] - oy);
        double bk = Math.atan2(gy[k] - oy, gx[k] - ox);
        for (int j = 0; j < gx.length; j++) {
            double rj = Math.hypot(gx[j] - ox, gy[j] - oy);
            if (j == k || rj >= rk) {
                continue;
            }
            double bj = Math.atan2(gy[j] - oy, gx[j] - ox);
            GroundTruthObject o = objs.get(j);
            // heading relative to the line of sight, in the vehicle frame
            double phi = o.pose().yawRad() - Math.atan2(s, c) - bj;
            double halfAcross = 0.5 * (o.dims().lengthM() * Math.abs(Math.sin(phi))
                    + o.dims().widthM() * Math.abs(Math.cos(phi)));
            if (Math.abs(Angles.wrap(bk - bj)) < Math.atan2(halfAcross, rj)) {
                return true;
            }
        }
        return false;
    }
}
