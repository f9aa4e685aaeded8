package io.avstack.sim.render;

import io.avstack.core.geom.CameraIntrinsics;
import io.avstack.core.geom.Extrinsics;
import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.Pose;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.scene.SceneObject;
import io.avstack.core.map.Pose2;
import io.avstack.core.map.Road;
import io.avstack.core.map.RoadFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Roads, scenes and a camera shared by the render tests and the benchmark. */
final class RenderScenes {

    static final CameraIntrinsics VGA = CameraIntrinsics.pinhole(640, 480, 500, 500, 319.5, 239.5);
    /** Windscreen camera: 1.5 m ahead of the rear axle, 1.4 m up, looking ahead, slightly down. */
    static final Extrinsics WINDSCREEN = new Extrinsics(1.5, 0, 1.4, 0, 0.03, 0);
    static final Dimensions CAR = new Dimensions(4.6, 1.85, 1.5);

    /** A three-lane road (one oncoming) bending left, with a signal, stop line and crosswalk. */
    static final String CURVED_YAML = """
            segments:
              - straight: 40
              - arc: {lengthM: 90, curvaturePerM: 0.012}
              - straight: 120
            lanes:
              forward: [3.5, 3.5]
              oncoming: [3.5]
              markings: [SOLID, DOUBLE_SOLID, DASHED, SOLID]
            speedLimits:
              - {fromS: 0, limitMps: 13.9}
            trafficLights:
              - id: main
                stopLineS: 92
                cycle: {greenS: 20, yellowS: 3, redS: 20, offsetS: 0}
            crosswalks:
              - {id: zebra, fromS: 94, toS: 98}
            """;

    /** A long straight two-lane road with no paint features beyond lane lines. */
    static final String STRAIGHT_YAML = """
            segments:
              - straight: 400
            lanes:
              forward: [3.5, 3.5]
              oncoming: [3.5]
            speedLimits:
              - {fromS: 0, limitMps: 20}
            """;

    private RenderScenes() {
    }

    static Road curvedRoad() {
        return RoadFiles.parse(CURVED_YAML, "curved.yaml");
    }

    static Road straightRoad() {
        return RoadFiles.parse(STRAIGHT_YAML, "straight.yaml");
    }

    /** Ego in lane -1 at s = egoS on {@code road}, facing along it. */
    static Pose egoPoseAt(Road road, double egoS) {
        Pose2 p = road.laneCentreAt(-1, egoS, new Pose2());
        return Pose.planar(p.x, p.y, p.headingRad);
    }

    static SceneObject onLane(Road road, long id, ObjectClass cls, int laneId, double s, Dimensions dims, int rgb) {
        Pose2 p = road.laneCentreAt(laneId, s, new Pose2());
        return new SceneObject(id, cls, p.x, p.y, p.headingRad, dims, 0, 0, rgb, 0.5, 10);
    }

    static SceneObject at(long id, double x, double y, double yaw, Dimensions dims, int rgb) {
        return new SceneObject(id, ObjectClass.CAR, x, y, yaw, dims, 0, 0, rgb, 0.5, 10);
    }

    /** Ego at the origin facing +x on the straight road (the road starts at the origin along +x). */
    static Scene onStraight(List<SceneObject> objects) {
        Road road = straightRoad();
        return new Scene(0, road, egoPoseAt(road, 20), 0, CAR, 1.0, objects, Map.of());
    }

    /** Several vehicles, a truck, a cyclist and a pedestrian on the curved road, some occluding others. */
    static Scene busyCurve(long simTimeNs) {
        return busyCurveAt(22, simTimeNs);
    }

    /** {@link #busyCurve} with the ego at s = egoS in lane -1. */
    static Scene busyCurveAt(double egoS, long simTimeNs) {
        Road road = curvedRoad();
        List<SceneObject> objects = new ArrayList<>();
        objects.add(onLane(road, 1, ObjectClass.CAR, -1, 36, CAR, 0xb01818));
        objects.add(onLane(road, 2, ObjectClass.CAR, -2, 48, CAR, 0x2050b0));
        objects.add(onLane(road, 3, ObjectClass.CAR, -1, 58, CAR, 0xd8d8d8));
        objects.add(onLane(road, 4, ObjectClass.CAR, 1, 66, CAR, 0x202020));
        objects.add(onLane(road, 5, ObjectClass.TRUCK, -2, 80, new Dimensions(9, 2.5, 3.4), 0xc07018));
        objects.add(onLane(road, 6, ObjectClass.CAR, 1, 110, CAR, 0x3a8a3a));
        objects.add(onLane(road, 7, ObjectClass.BUS, -1, 105, new Dimensions(12, 2.55, 3.1), 0xe0c020));
        SceneObject cyc = onLane(road, 8, ObjectClass.CYCLIST, -2, 62, new Dimensions(1.8, 0.6, 1.75), 0x18a0a0);
        Pose2 edge = road.pointAt(62, -6.6, new Pose2());
        objects.add(new SceneObject(8, ObjectClass.CYCLIST, edge.x, edge.y, edge.headingRad, cyc.dims(), 0, 0,
                cyc.rgb(), 0.5, 0));
        Pose2 walk = road.pointAt(96, -2.0, new Pose2());
        objects.add(new SceneObject(9, ObjectClass.PEDESTRIAN, walk.x, walk.y, walk.headingRad + Math.PI / 2,
                new Dimensions(0.5, 0.6, 1.75), 0, 0, 0xa02070, 0.5, -5));
        return new Scene(simTimeNs, road, egoPoseAt(road, egoS), 10, CAR, 1.0, objects, Map.of());
    }
}
