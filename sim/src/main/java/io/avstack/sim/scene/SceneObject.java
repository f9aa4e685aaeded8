package io.avstack.sim.scene;

import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.ObjectClass;
import java.util.Objects;

/**
 * One actor as the sensor models and renderers see it at one instant: an oriented box standing on
 * the ground (z = 0 is the road surface) in world coordinates.
 *
 * @param actorId      the scenario's actor id (stable over the run)
 * @param cls          object class
 * @param xM           box centre x, world frame, m
 * @param yM           box centre y, world frame, m
 * @param yawRad       heading of the box's length axis, counter-clockwise from world x
 * @param dims         length (along yaw), width, height, m
 * @param vxMps        world-frame velocity x, m/s
 * @param vyMps        world-frame velocity y, m/s
 * @param rgb          body colour 0xRRGGBB (camera)
 * @param reflectivity 0..1 diffuse reflectivity (lidar intensity)
 * @param rcsDbsm      radar cross-section, dBsm (e.g. car ~10, pedestrian ~-5)
 */
public record SceneObject(long actorId, ObjectClass cls, double xM, double yM, double yawRad, Dimensions dims,
                          double vxMps, double vyMps, int rgb, double reflectivity, double rcsDbsm) {
    public SceneObject {
        Objects.requireNonNull(cls, "SceneObject.cls");
        Objects.requireNonNull(dims, "SceneObject.dims");
        if (!(reflectivity >= 0 && reflectivity <= 1)) {
            throw new IllegalArgumentException("SceneObject.reflectivity must be in [0, 1], was " + reflectivity);
        }
    }
}
