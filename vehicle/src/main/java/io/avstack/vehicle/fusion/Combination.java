package io.avstack.vehicle.fusion;

import io.avstack.core.msg.TrackedObject;
import java.util.List;

/**
 * A set of sensors fusion runs with in an evaluation.
 *
 * @param name       as printed and in the JSON, e.g. {@code camera+radar}
 * @param sensorMask {@code TrackedObject.SENSOR_*} bits
 */
public record Combination(String name, int sensorMask) {

    public static final Combination ALL = new Combination("all", TrackedObject.SENSOR_ALL);
    public static final Combination CAMERA = new Combination("camera", TrackedObject.SENSOR_CAMERA);
    public static final Combination LIDAR = new Combination("lidar", TrackedObject.SENSOR_LIDAR);
    public static final Combination RADAR = new Combination("radar", TrackedObject.SENSOR_RADAR);
    public static final Combination CAMERA_RADAR =
            new Combination("camera+radar", TrackedObject.SENSOR_CAMERA | TrackedObject.SENSOR_RADAR);
    public static final Combination LIDAR_RADAR =
            new Combination("lidar+radar", TrackedObject.SENSOR_LIDAR | TrackedObject.SENSOR_RADAR);

    /** The combinations of the issue, in report order. */
    public static final List<Combination> STANDARD = List.of(ALL, CAMERA, LIDAR, RADAR, CAMERA_RADAR);

    public boolean has(int sensorBit) {
        return (sensorMask & sensorBit) != 0;
    }

    /** The combination called {@code name} (standard ones plus {@code lidar+radar}). */
    public static Combination named(String name) {
        for (Combination c : List.of(ALL, CAMERA, LIDAR, RADAR, CAMERA_RADAR, LIDAR_RADAR)) {
            if (c.name.equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown sensor combination '" + name
                + "'; known: all, camera, lidar, radar, camera+radar, lidar+radar");
    }
}
