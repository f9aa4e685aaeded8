package io.avstack.fusion.node;

import java.util.Objects;

/**
 * Calibration ids of the sensors fusion uses (they are also the frame ids of their messages).
 *
 * @param cameraId the front camera, e.g. {@code camera_front}
 * @param lidarId  the lidar, e.g. {@code lidar_top}
 * @param radarId  the front radar, e.g. {@code radar_front}
 */
public record SensorIds(String cameraId, String lidarId, String radarId) {

    /** The ids of the simulated reference vehicle's calibration. */
    public static final SensorIds DEFAULT = new SensorIds("camera_front", "lidar_top", "radar_front");

    public SensorIds {
        Objects.requireNonNull(cameraId, "cameraId");
        Objects.requireNonNull(lidarId, "lidarId");
        Objects.requireNonNull(radarId, "radarId");
    }
}
