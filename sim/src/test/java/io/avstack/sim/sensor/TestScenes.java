package io.avstack.sim.sensor;

import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.Pose;
import io.avstack.sim.scene.Scene;
import io.avstack.sim.scene.SceneObject;
import io.avstack.core.map.RoadFiles;
import io.avstack.core.map.RoadMap;
import java.util.List;
import java.util.Map;

/** Scene fixtures for the sensor tests: the road is irrelevant to sensors (ground is z = 0). */
final class TestScenes {

    static final RoadMap ROAD = RoadFiles.loadResource("world/straight-two-lane.yaml");
    static final Dimensions EGO_DIMS = new Dimensions(4.6, 1.9, 1.5);

    private TestScenes() {
    }

    static Scene scene(long timeNs, Pose ego, double egoSpeedMps, List<SceneObject> objects) {
        return new Scene(timeNs, ROAD, ego, egoSpeedMps, EGO_DIMS, 1.0, objects, Map.of());
    }

    /** Ego at the world origin, facing +x, standing still. */
    static Scene sceneAtOrigin(SceneObject... objects) {
        return scene(1_000_000_000L, Pose.planar(0, 0, 0), 0, List.of(objects));
    }

    /** A box of the given size centred at (x, y), heading yaw, moving at (vx, vy). */
    static SceneObject box(long id, double x, double y, double yawRad, double lengthM, double widthM,
            double heightM, double vx, double vy) {
        return new SceneObject(id, ObjectClass.CAR, x, y, yawRad, new Dimensions(lengthM, widthM, heightM),
                vx, vy, 0xff0000, 0.6, 10.0);
    }

    /** A 4 x 2 x 1.5 m car standing at (x, y) facing +x. */
    static SceneObject car(long id, double x, double y) {
        return box(id, x, y, 0, 4, 2, 1.5, 0, 0);
    }
}
