package io.avstack.core.geom;

import org.joml.Matrix4dc;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * Read-only view of a {@link RigidTransform}: what a module hands out so that callers can apply
 * a transform but not change it (JOML's {@code Vector3dc} pattern). All methods write into
 * {@code dest} and allocate nothing.
 */
public interface RigidTransformc {

    /** The 4x4 homogeneous matrix (rotation and translation; last row 0 0 0 1). */
    Matrix4dc matrix();

    /** {@code dest = R p + t}; {@code dest} may be {@code p}. */
    Vector3d transformPoint(Vector3dc p, Vector3d dest);

    /** {@code dest = R (x, y, z) + t}. */
    Vector3d transformPoint(double x, double y, double z, Vector3d dest);

    /** {@code dest = R v}: a direction or velocity, unaffected by translation; {@code dest} may be {@code v}. */
    Vector3d transformDirection(Vector3dc v, Vector3d dest);

    /**
     * Transforms {@code count} points of a packed point cloud, in double precision. Point i's x,
     * y, z are the three floats at {@code offset + i * strideFloats}; only those are written, so
     * extra per-point floats in {@code dest} (e.g. intensity in {@code LidarScan.xyzi}, stride 4)
     * are left as they are. {@code src} and {@code dest} may be the same array at the same offset;
     * other overlaps are not supported.
     *
     * @param strideFloats floats per point, at least 3
     * @throws IndexOutOfBoundsException if either range exceeds its array
     * @throws IllegalArgumentException if {@code strideFloats < 3}
     */
    void transformPoints(float[] src, int srcOffset, float[] dest, int destOffset, int count, int strideFloats);

    /** Writes the inverse into {@code dest} (which may be this) and returns it. */
    RigidTransform invert(RigidTransform dest);

    /**
     * Writes {@code this ∘ inner} into {@code dest}: the transform that applies {@code inner}
     * first, then this one. E.g. {@code vehicleToWorld.compose(sensorToVehicle, dest)} is
     * sensor-to-world. {@code dest} may be this or {@code inner}.
     */
    RigidTransform compose(RigidTransformc inner, RigidTransform dest);

    /** The translation part: the child frame's origin in the parent frame, m. */
    Vector3d translation(Vector3d dest);

    /** True if every matrix element differs from {@code other}'s by at most {@code delta}. */
    default boolean equals(RigidTransformc other, double delta) {
        return matrix().equals(other.matrix(), delta);
    }
}
