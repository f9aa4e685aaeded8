package io.avstack.planning;

import io.avstack.core.map.LightState;
import io.avstack.core.map.Road;
import io.avstack.core.map.RoadFiles;
import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.PlanarVelocity;
import io.avstack.core.msg.Pose;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.TrafficLightState;
import io.avstack.core.msg.TrafficLightStates;
import io.avstack.core.msg.WorldModel;
import io.avstack.planning.config.PlanningConfig;
import java.util.List;
import java.util.Optional;

/** Roads, objects and messages for planning tests. All roads start at the origin heading +x. */
public final class Fixtures {

    public static final PlanningConfig CONFIG = PlanningConfig.defaults();

    private Fixtures() {
    }

    /** 1 km straight, two forward lanes (-1 at d = -1.75, -2 at d = -5.25), one oncoming, 13.9 m/s. */
    public static Road twoLaneRoad() {
        return RoadFiles.parse("""
                segments:
                  - straight: 1000
                lanes:
                  forward: [3.5, 3.5]
                  oncoming: [3.5]
                speedLimits:
                  - {fromS: 0, limitMps: 13.9}
                """, "two-lane test road");
    }

    /** 600 m straight, one lane each way (3.5 m), a light "signal" at 200 m, a crosswalk 300..306 m. */
    public static Road urbanRoad() {
        return RoadFiles.parse("""
                segments:
                  - straight: 600
                lanes:
                  forward: [3.5]
                  oncoming: [3.5]
                speedLimits:
                  - {fromS: 0, limitMps: 13.9}
                trafficLights:
                  - id: signal
                    stopLineS: 200
                    lanes: [-1]
                    phases:
                      - {timeS: 0, state: RED}
                crosswalks:
                  - {id: walk, fromS: 300, toS: 306}
                """, "urban test road");
    }

    /** The ego's rear axle on the centre of {@code laneId} of a straight road at {@code sM}. */
    public static EgoState egoAt(double sM, double dM, double speedMps, long stampNs) {
        return new EgoState(Header.of("map", 0, stampNs), Pose.planar(sM, dM, 0.0), speedMps, 0.0, 0.0, 0.0);
    }

    /** A car (4.6 x 1.9 m) centred at (sM, dM) of a straight road, heading +x at {@code speedMps}. */
    public static TrackedObject car(long id, double sM, double dM, double speedMps) {
        return object(id, ObjectClass.CAR, sM, dM, 0.0, speedMps, 0.0, new Dimensions(4.6, 1.9, 1.5));
    }

    /** A pedestrian at (sM, dM) walking with lateral velocity {@code vyMps} (positive: to the left). */
    public static TrackedObject pedestrian(long id, double sM, double dM, double vyMps) {
        return object(id, ObjectClass.PEDESTRIAN, sM, dM, vyMps >= 0 ? Math.PI / 2 : -Math.PI / 2, 0.0, vyMps,
                new Dimensions(0.5, 0.6, 1.8));
    }

    public static TrackedObject object(long id, ObjectClass cls, double x, double y, double yaw, double vx, double vy,
            Dimensions dims) {
        return new TrackedObject(id, cls, x, y, 0.75, yaw, new PlanarVelocity(vx, vy), 0, 0, dims, 0, 0, 0, 0, 1.0, 0,
                TrackedObject.SENSOR_ALL);
    }

    /** A car braking at {@code decelMps2}. */
    public static TrackedObject brakingCar(long id, double sM, double dM, double speedMps, double decelMps2) {
        return new TrackedObject(id, ObjectClass.CAR, sM, dM, 0.75, 0.0, new PlanarVelocity(speedMps, 0), -decelMps2, 0,
                new Dimensions(4.6, 1.9, 1.5), 0, 0, 0, 0, 1.0, 0, TrackedObject.SENSOR_ALL);
    }

    public static WorldModel world(long stampNs, TrackedObject... objects) {
        return new WorldModel(Header.of("map", 0, stampNs), List.of(objects), Optional.empty(), TrackedObject.SENSOR_ALL,
                TrackedObject.SENSOR_ALL);
    }

    public static TrafficLightStates lights(long stampNs, String id, LightState state) {
        return new TrafficLightStates(Header.of("map", 0, stampNs), List.of(new TrafficLightState(id, state)));
    }
}
