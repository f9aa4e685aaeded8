package io.avstack.core.geom;

import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * The fixed axis swap between a camera's sensor (body) frame, in vehicle convention (x forward,
 * y left, z up), and its optical frame (x right, y down, z forward). Same origin, rotation only:
 * <pre>
 *   optical.x = -body.y      body.x =  optical.z
 *   optical.y = -body.z      body.y = -optical.x
 *   optical.z =  body.x      body.z = -optical.y
 * </pre>
 * Keeping the extrinsics in vehicle convention means a camera looking straight ahead has zero
 * angles, like every other sensor.
 */
public final class OpticalAxes {

    private OpticalAxes() {
    }

    /** Body-frame point or direction to optical frame; {@code dest} may be {@code body}. */
    public static Vector3d bodyToOptical(Vector3dc body, Vector3d dest) {
        return dest.set(-body.y(), -body.z(), body.x());
    }

    /** Optical-frame point or direction to body frame; {@code dest} may be {@code optical}. */
    public static Vector3d opticalToBody(Vector3dc optical, Vector3d dest) {
        return dest.set(optical.z(), -optical.x(), -optical.y());
    }

    /** Sets {@code dest} to the body-to-optical transform and returns it. */
    public static RigidTransform bodyToOptical(RigidTransform dest) {
        // Column-major arguments: column c holds the image of body axis c in optical coordinates.
        dest.writableMatrix().set(
                0, 0, 1, 0,
                -1, 0, 0, 0,
                0, -1, 0, 0,
                0, 0, 0, 1);
        return dest;
    }

    /** Sets {@code dest} to the optical-to-body transform and returns it. */
    public static RigidTransform opticalToBody(RigidTransform dest) {
        return bodyToOptical(dest).invert(dest);
    }
}
