package io.avstack.planning.control;

import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.Trajectory;
import io.avstack.core.msg.TrajectoryPoint;
import io.avstack.planning.config.PlanningConfig;
import java.util.List;

/**
 * Follows a {@link Trajectory}. Lateral: pure pursuit on the planned path from the ego pose
 * predicted over the actuation delay, look-ahead growing with speed. Longitudinal: the plan's
 * acceleration (read one actuation delay ahead) as feed-forward, plus PI on the speed error, where
 * the target speed is the plan's speed corrected by the station error along the path. Actuator
 * limits: acceleration, braking, jerk (the command changes no faster than the plan's own jerk, at
 * least the comfort jerk, at most the configured maximum), steering angle and steering rate; the
 * feedback never takes the command beyond the planner's hard limits where the plan is within them,
 * nor beyond comfortable braking where the plan brakes comfortably. When
 * the plan stands still and so does the ego, it holds the brake. NaN never leaves it.
 *
 * <p>Single-threaded; allocation-free per command except the returned message.
 */
public final class TrajectoryController {

    /**
     * A plan braking this little beyond comfortable braking still brakes comfortably: its points'
     * accelerations are the path's, and along a lane change's curve a profile at exactly the limit
     * reads up to 1e-3 m/s² beyond it.
     */
    static final double COMFORT_SLACK_MPS2 = 0.01;

    /** A plan ramping faster than this many times the comfort jerk is a safety response, followed at full rate. */
    static final double SAFETY_JERK_FACTOR = 4.0;
    /** The brake is held once the vehicle is this slow and the plan stands still, m/s. */
    static final double STOPPED_SPEED_MPS = 0.01;

    private final PlanningConfig.Controller gains;
    private final PlanningConfig.Vehicle vehicle;
    private final double standstillSpeedMps;
    private final double comfortDecelMps2;
    private final double comfortJerkMps3;
    private final PlanningConfig.Limits limits;
    private double integral;
    /** The last command and its time. */
    private double lastAccel;
    private double lastSteer;
    private long lastNs = Long.MIN_VALUE;
    /** The last command issued before {@link #lastNs}: the base of the rate limits (a second command at the same instant replaces the first). */
    private double baseAccel;
    private double baseSteer;
    private long baseNs = Long.MIN_VALUE;
    private long seq;

    public TrajectoryController(PlanningConfig config) {
        this.gains = config.controller();
        this.vehicle = config.vehicle();
        this.standstillSpeedMps = config.rules().standstillSpeedMps();
        this.comfortDecelMps2 = config.comfort().decelMps2();
        this.comfortJerkMps3 = config.comfort().jerkMps3();
        this.limits = config.limits();
    }

    /**
     * The command at {@code nowNs} for {@code ego} following {@code plan}; without a usable plan (null,
     * empty, or ended) it brakes comfortably and holds the wheel.
     */
    public ControlCommand command(EgoState ego, Trajectory plan, long nowNs) {
        double sinceLastS = lastNs == Long.MIN_VALUE ? 0.0 : Math.max(0.0, (nowNs - lastNs) / 1e9);
        if (lastNs == Long.MIN_VALUE) {
            // first command: the rate limits start from what the vehicle does now
            baseAccel = ego.accelMps2();
            baseSteer = ego.steeringRad();
            baseNs = nowNs;
        } else if (nowNs != lastNs) {
            baseAccel = lastAccel;
            baseSteer = lastSteer;
            baseNs = lastNs;
        }
        lastNs = nowNs;
        double dtS = Math.max(0.0, (nowNs - baseNs) / 1e9);
        double accel;
        double steer;
        double jerkLimit = gains.maxJerkMps3();
        if (plan == null || plan.points().size() < 2 || timeInPlanS(plan, nowNs) > lastTimeS(plan)) {
            accel = -comfortDecelMps2;
            steer = lastSteer;
            integral = 0;
        } else {
            accel = longitudinal(ego, plan, nowNs, sinceLastS);
            steer = lateral(ego, plan.points());
            double planJerk = planJerkMps3(plan.points(), timeInPlanS(plan, nowNs));
            if (planJerk <= SAFETY_JERK_FACTOR * comfortJerkMps3) {
                jerkLimit = Math.min(jerkLimit, Math.max(comfortJerkMps3, planJerk));
            }
        }
        accel = limitAccel(accel, dtS, jerkLimit);
        steer = limitSteer(steer, dtS);
        lastAccel = accel;
        lastSteer = steer;
        return new ControlCommand(Header.of("base_link", seq++, nowNs), accel, steer);
    }

    /** Forgets the integral and the last command (e.g. after the vehicle was taken over). */
    public void reset() {
        integral = 0;
        lastAccel = 0;
        lastSteer = 0;
        lastNs = Long.MIN_VALUE;
        baseAccel = 0;
        baseSteer = 0;
        baseNs = Long.MIN_VALUE;
    }

    private static double timeInPlanS(Trajectory plan, long nowNs) {
        return (nowNs - plan.header().stampNs()) / 1e9;
    }

    private static double lastTimeS(Trajectory plan) {
        return plan.points().get(plan.points().size() - 1).timeFromStartNs() / 1e9;
    }

    private double longitudinal(EgoState ego, Trajectory plan, long nowNs, double dtS) {
        List<TrajectoryPoint> pts = plan.points();
        double t = timeInPlanS(plan, nowNs);
        double vRef = interpolate(pts, t, Field.SPEED);
        double aRef = interpolate(pts, t + vehicle.actuationDelayS(), Field.ACCEL);
        double v = ego.speedMps();
        if (vRef < standstillSpeedMps && v < STOPPED_SPEED_MPS && aRef <= 0) {
            integral = 0;
            return -gains.standstillHoldDecelMps2();
        }
        double stationError = stationErrorM(ego, pts, t);
        double target = vRef + gains.stationKp()
                * Math.max(-gains.stationErrorLimitM(), Math.min(gains.stationErrorLimitM(), stationError));
        double error = target - v;
        if (gains.speedKi() > 0) {
            double limit = gains.integralLimitMps2() / gains.speedKi();
            integral = Math.max(-limit, Math.min(limit, integral + error * dtS));
        }
        // the feedback corrects tracking within the planner's hard limits: only a plan that is itself
        // beyond them (an emergency stop) brakes harder (a cut-in answered at 8 m/s² became 8.7); and
        // within comfortable braking where the plan brakes comfortably: the ego lags a plan that starts
        // braking by the actuation delay, and the speed error it builds turned a comfortable 3 m/s²
        // response to a lead first seen inside the RSS distance into 3.1 (acc-follow-lead); the next
        // plans absorb the lag (they start from the measured state once it is 1.5 m/s off)
        double a = aRef + gains.speedKp() * error + gains.speedKi() * integral;
        double floor = aRef >= -comfortDecelMps2 - COMFORT_SLACK_MPS2 ? -comfortDecelMps2
                : Math.min(aRef, -limits.decelMps2());
        return Math.max(floor, Math.min(Math.max(aRef, limits.accelMps2()), a));
    }

    /** How far the ego lags behind the plan's position at time {@code t}, along the plan's heading, m. */
    private static double stationErrorM(EgoState ego, List<TrajectoryPoint> pts, double t) {
        TrajectoryPoint a = pointAt(pts, t);
        TrajectoryPoint b = pts.get(Math.min(pts.size() - 1, indexAt(pts, t) + 1));
        double f = fraction(a, b, t);
        double x = a.xM() + f * (b.xM() - a.xM());
        double y = a.yM() + f * (b.yM() - a.yM());
        double dx = x - ego.pose().xM();
        double dy = y - ego.pose().yM();
        return dx * Math.cos(a.yawRad()) + dy * Math.sin(a.yawRad());
    }

    private double lateral(EgoState ego, List<TrajectoryPoint> pts) {
        double v = Math.max(0.0, ego.speedMps());
        double delay = vehicle.actuationDelayS();
        double yaw = ego.pose().yawRad();
        double k = Math.tan(lastSteer) / vehicle.wheelbaseM();
        // where the rear axle will be when this command acts
        double yawAhead = yaw + v * k * delay;
        double x = ego.pose().xM() + v * delay * Math.cos(0.5 * (yaw + yawAhead));
        double y = ego.pose().yM() + v * delay * Math.sin(0.5 * (yaw + yawAhead));
        double lookahead = gains.lookaheadBaseM() + gains.lookaheadTimeS() * v;
        int nearest = nearestSegment(pts, x, y);
        double gx;
        double gy;
        // walk the polyline from the projection of (x, y) on the nearest segment
        TrajectoryPoint p0 = pts.get(nearest);
        TrajectoryPoint p1 = pts.get(nearest + 1);
        double sx = p1.xM() - p0.xM();
        double sy = p1.yM() - p0.yM();
        double len = Math.hypot(sx, sy);
        double u = len > 1e-9 ? Math.max(0, Math.min(1, ((x - p0.xM()) * sx + (y - p0.yM()) * sy) / (len * len))) : 0;
        double remaining = lookahead + u * len;
        int i = nearest;
        while (true) {
            TrajectoryPoint a = pts.get(i);
            TrajectoryPoint b = pts.get(i + 1);
            double seg = Math.hypot(b.xM() - a.xM(), b.yM() - a.yM());
            if (remaining <= seg || i + 2 >= pts.size()) {
                if (remaining <= seg && seg > 1e-9) {
                    gx = a.xM() + (b.xM() - a.xM()) * remaining / seg;
                    gy = a.yM() + (b.yM() - a.yM()) * remaining / seg;
                } else {
                    // beyond the plan's end: continue straight along its last heading
                    double over = remaining - seg;
                    gx = b.xM() + over * Math.cos(b.yawRad());
                    gy = b.yM() + over * Math.sin(b.yawRad());
                }
                break;
            }
            remaining -= seg;
            i++;
        }
        double dx = gx - x;
        double dy = gy - y;
        double lx = dx * Math.cos(yawAhead) + dy * Math.sin(yawAhead);
        double ly = -dx * Math.sin(yawAhead) + dy * Math.cos(yawAhead);
        double d2 = lx * lx + ly * ly;
        if (d2 < 1e-6) {
            return lastSteer;
        }
        return Math.atan(2.0 * vehicle.wheelbaseM() * ly / d2);
    }

    private static int nearestSegment(List<TrajectoryPoint> pts, double x, double y) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int i = 0; i < pts.size() - 1; i++) {
            TrajectoryPoint p = pts.get(i);
            double d = (p.xM() - x) * (p.xM() - x) + (p.yM() - y) * (p.yM() - y);
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        // the projection may lie on the segment before the nearest point
        if (best > 0) {
            TrajectoryPoint a = pts.get(best);
            TrajectoryPoint b = pts.get(best + 1);
            if ((x - a.xM()) * (b.xM() - a.xM()) + (y - a.yM()) * (b.yM() - a.yM()) < 0) {
                best--;
            }
        }
        return best;
    }

    /**
     * The largest |jerk| the plan asks for from {@code t} until one actuation delay and one step
     * later, m/s³: the command may change that fast (and at least at the comfort jerk), so a
     * replanned profile that differs within the delay already committed is blended in smoothly;
     * a plan ramping much faster (an emergency profile) is followed at the controller's maximum.
     */
    private double planJerkMps3(List<TrajectoryPoint> pts, double t) {
        int from = Math.max(1, indexAt(pts, t));
        int to = Math.min(pts.size() - 1, indexAt(pts, t + vehicle.actuationDelayS()) + 1);
        double max = 0;
        for (int i = from; i <= to; i++) {
            double dt = (pts.get(i).timeFromStartNs() - pts.get(i - 1).timeFromStartNs()) / 1e9;
            max = Math.max(max, Math.abs(pts.get(i).accelMps2() - pts.get(i - 1).accelMps2()) / dt);
        }
        return max;
    }

    private double limitAccel(double accel, double dtS, double jerkLimitMps3) {
        double a = Double.isFinite(accel) ? accel : -vehicle.maxDecelMps2();
        a = Math.max(-vehicle.maxDecelMps2(), Math.min(vehicle.maxAccelMps2(), a));
        double step = jerkLimitMps3 * dtS;
        return Math.max(baseAccel - step, Math.min(baseAccel + step, a));
    }

    private double limitSteer(double steer, double dtS) {
        double s = Double.isFinite(steer) ? steer : lastSteer;
        s = Math.max(-vehicle.maxSteerRad(), Math.min(vehicle.maxSteerRad(), s));
        double step = vehicle.maxSteerRateRadps() * dtS;
        return Math.max(baseSteer - step, Math.min(baseSteer + step, s));
    }

    private enum Field { SPEED, ACCEL }

    private static double interpolate(List<TrajectoryPoint> pts, double t, Field field) {
        int i = indexAt(pts, t);
        TrajectoryPoint a = pts.get(i);
        TrajectoryPoint b = pts.get(Math.min(pts.size() - 1, i + 1));
        double f = fraction(a, b, t);
        return field == Field.SPEED ? a.speedMps() + f * (b.speedMps() - a.speedMps())
                : a.accelMps2() + f * (b.accelMps2() - a.accelMps2());
    }

    private static TrajectoryPoint pointAt(List<TrajectoryPoint> pts, double t) {
        return pts.get(indexAt(pts, t));
    }

    /** The last point at or before {@code t} (the first point for earlier times). */
    private static int indexAt(List<TrajectoryPoint> pts, double t) {
        long tNs = Math.round(t * 1e9);
        int lo = 0;
        int hi = pts.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (pts.get(mid).timeFromStartNs() <= tNs) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static double fraction(TrajectoryPoint a, TrajectoryPoint b, double t) {
        long span = b.timeFromStartNs() - a.timeFromStartNs();
        if (span <= 0) {
            return 0.0;
        }
        return Math.max(0.0, Math.min(1.0, (t * 1e9 - a.timeFromStartNs()) / span));
    }
}
