package io.avstack.planning.trajectory;

import io.avstack.core.map.Pose2;
import io.avstack.core.map.RoadMap;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.Trajectory;
import io.avstack.core.msg.TrajectoryPoint;
import io.avstack.planning.road.FrenetMath;
import java.util.ArrayList;
import java.util.List;

/**
 * The chosen plan of the last cycle, kept in the road frame so the next cycle can start from it
 * (replanning from the plan rather than from the measurement keeps consecutive plans consistent;
 * the controller corrects the tracking error), and converted to the {@link Trajectory} message.
 */
public final class PlannedPath {

    private final int samples;
    private final double dtS;
    private final double[] s;
    private final double[] v;
    private final double[] a;
    private final double[] d;
    private final double[] d1;
    private final double[] d2;
    private long startNs;
    private boolean valid;
    private final Pose2 pose = new Pose2();

    public PlannedPath(int samples, double dtS) {
        this.samples = samples;
        this.dtS = dtS;
        s = new double[samples];
        v = new double[samples];
        a = new double[samples];
        d = new double[samples];
        d1 = new double[samples];
        d2 = new double[samples];
    }

    /** Stores candidate (lat {@code l}, lon {@code m}) as the plan starting at {@code nowNs}. */
    public void store(LatProfiles lat, int l, LonProfiles lon, int m, long nowNs) {
        double s0 = lon.s(m, 0);
        for (int i = 0; i < samples; i++) {
            double ds = lon.s(m, i) - s0;
            s[i] = lon.s(m, i);
            v[i] = lon.v(m, i);
            a[i] = lon.a(m, i);
            d[i] = lat.d(l, ds);
            d1[i] = lat.d1(l, ds);
            d2[i] = lat.d2(l, ds);
        }
        startNs = nowNs;
        valid = true;
    }

    /** Forgets the plan (the next cycle starts from the measurement). */
    public void invalidate() {
        valid = false;
    }

    /**
     * The plan's state at {@code nowNs}, or null if there is no plan or {@code nowNs} lies outside
     * its first half (a plan that old is not worth continuing).
     */
    public StartState stateAt(long nowNs) {
        if (!valid) {
            return null;
        }
        double t = (nowNs - startNs) / 1e9;
        if (t < 0 || t > 0.5 * (samples - 1) * dtS) {
            return null;
        }
        int i = Math.min(samples - 2, (int) (t / dtS));
        double f = t / dtS - i;
        return new StartState(lerp(s, i, f), lerp(v, i, f), lerp(a, i, f), lerp(d, i, f), lerp(d1, i, f),
                lerp(d2, i, f));
    }

    private static double lerp(double[] x, int i, double f) {
        return x[i] + f * (x[i + 1] - x[i]);
    }

    /** The plan as a message: rear-axle poses, path speed, acceleration and curvature per sample. */
    public Trajectory toTrajectory(RoadMap road, Header header) {
        List<TrajectoryPoint> points = new ArrayList<>(samples);
        long stepNs = Math.round(dtS * 1e9);
        for (int i = 0; i < samples; i++) {
            double kr = road.curvatureAt(s[i]);
            road.pointAt(s[i], d[i], pose);
            double heading = pose.headingRad + FrenetMath.headingErrRad(kr, d[i], d1[i]);
            double scale = Math.sqrt((1 - kr * d[i]) * (1 - kr * d[i]) + d1[i] * d1[i]);
            points.add(new TrajectoryPoint(i * stepNs, pose.x, pose.y, Math.IEEEremainder(heading, 2 * Math.PI),
                    v[i] * scale, a[i] * scale, FrenetMath.curvature(kr, d[i], d1[i], d2[i])));
        }
        return new Trajectory(header, points);
    }

    public double sM(int i) {
        return s[i];
    }

    public double vMps(int i) {
        return v[i];
    }

    public double dM(int i) {
        return d[i];
    }

    public int samples() {
        return samples;
    }
}
