package io.avstack.safety;

import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.PlanarVelocity;
import io.avstack.core.msg.Pose;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.Trajectory;
import io.avstack.core.msg.TrajectoryPoint;
import io.avstack.core.msg.WorldModel;
import io.avstack.safety.config.SafetyConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Messages for safety tests: the ego drives along +x in frame "map" unless told otherwise. */
public final class Fixtures {

    public static final SafetyConfig CONFIG = SafetyConfig.defaults();
    public static final long MS = 1_000_000L;

    private Fixtures() {
    }

    public static EgoState ego(long stampNs, double xM, double yM, double yawRad, double speedMps) {
        return new EgoState(Header.of("map", stampNs / (20 * MS), stampNs), Pose.planar(xM, yM, yawRad), speedMps,
                0.0, 0.0, 0.0);
    }

    public static EgoState ego(long stampNs, double xM, double speedMps) {
        return ego(stampNs, xM, 0.0, 0.0, speedMps);
    }

    /** A 4.5 m x 1.8 m car centred at (x, y) heading {@code yawRad}, moving at (vx, vy). */
    public static TrackedObject car(long id, double xM, double yM, double yawRad, double vxMps, double vyMps) {
        return object(id, ObjectClass.CAR, xM, yM, yawRad, vxMps, vyMps, new Dimensions(4.5, 1.8, 1.5));
    }

    public static TrackedObject pedestrian(long id, double xM, double yM, double vxMps, double vyMps) {
        return object(id, ObjectClass.PEDESTRIAN, xM, yM, Math.atan2(vyMps, vxMps), vxMps, vyMps,
                new Dimensions(0.5, 0.5, 1.7));
    }

    public static TrackedObject object(long id, ObjectClass cls, double xM, double yM, double yawRad, double vxMps,
                                       double vyMps, Dimensions dims) {
        return new TrackedObject(id, cls, xM, yM, 0.0, yawRad, new PlanarVelocity(vxMps, vyMps), 0.0, 0.0, dims,
                0.01, 0.01, 0.01, 0.01, 1.0, 1_000 * MS, TrackedObject.SENSOR_ALL);
    }

    /** {@code o} with its position known to {@code sigmaM} across the map's x axis (map y), 0.1 m along it. */
    public static TrackedObject withLateralSigma(TrackedObject o, double sigmaM) {
        return new TrackedObject(o.trackId(), o.cls(), o.xM(), o.yM(), o.zM(), o.yawRad(), o.velocity(), o.axMps2(),
                o.ayMps2(), o.dims(), 0.01, sigmaM * sigmaM, o.varVxM2ps2(), o.varVyM2ps2(), o.existenceProb(),
                o.ageNs(), o.sensorMask());
    }

    public static WorldModel world(long stampNs, TrackedObject... objects) {
        return new WorldModel(Header.of("map", stampNs / (100 * MS), stampNs), List.of(objects), Optional.empty(),
                TrackedObject.SENSOR_ALL, TrackedObject.SENSOR_ALL);
    }

    /** A plan along +x from {@code x0M} at constant {@code speedMps}, 0.1 s apart, {@code seconds} long. */
    public static Trajectory straightPlan(long stampNs, double x0M, double speedMps, double accelMps2, double seconds) {
        List<TrajectoryPoint> points = new ArrayList<>();
        int n = (int) Math.round(seconds / 0.1);
        for (int i = 0; i <= n; i++) {
            double t = i * 0.1;
            double v = Math.max(0.0, speedMps + accelMps2 * t);
            double x = x0M + (accelMps2 >= 0 || speedMps + accelMps2 * t > 0
                    ? speedMps * t + 0.5 * accelMps2 * t * t
                    : speedMps * speedMps / (-2 * accelMps2));
            points.add(new TrajectoryPoint(Math.round(t * 1e9), x, 0.0, 0.0, v, accelMps2, 0.0));
        }
        return new Trajectory(Header.of("map", stampNs / (100 * MS), stampNs), points);
    }

    public static ControlCommand command(long stampNs, double accelMps2, double steeringRad) {
        return new ControlCommand(Header.of("base_link", stampNs / (20 * MS), stampNs), accelMps2, steeringRad);
    }
}
