package io.avstack.sim.scene;

import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.Pose;
import io.avstack.core.map.LightState;
import io.avstack.core.map.RoadMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a sensor model or renderer needs at one simulated instant. Built by the runner once per
 * tick, immutable, shared by all sensors of that tick.
 *
 * @param simTimeNs  simulated time, ns
 * @param road       the road (ground is the plane z = 0)
 * @param egoPose    ego rear-axle centre pose in the world frame (z = 0)
 * @param egoSpeedMps ego speed along its heading, m/s
 * @param egoDims    ego box
 * @param egoRearOverhangM distance from the rear bumper to the rear axle, m (the box centre is
 *                   {@code lengthM / 2 - rearOverhangM} ahead of the pose)
 * @param objects    every other actor
 * @param lightStates state of each traffic light, by id, at {@code simTimeNs} (for rendering)
 */
public record Scene(long simTimeNs, RoadMap road, Pose egoPose, double egoSpeedMps, Dimensions egoDims,
                    double egoRearOverhangM, List<SceneObject> objects,
                    Map<String, LightState> lightStates) {
    public Scene {
        Objects.requireNonNull(road, "Scene.road");
        Objects.requireNonNull(egoPose, "Scene.egoPose");
        Objects.requireNonNull(egoDims, "Scene.egoDims");
        objects = List.copyOf(objects);
        lightStates = Map.copyOf(lightStates);
    }
}
