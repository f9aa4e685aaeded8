package io.avstack.core.geom;

import io.avstack.core.msg.Pose;
import java.util.Objects;
import org.joml.Matrix4d;
import org.joml.Matrix4dc;
import org.joml.Vector3d;
import org.joml.Vector3dc;

/**
 * A rotation plus translation between two frames, on a JOML {@link Matrix4d}. Mutable and
 * reusable like JOML types: allocate once, {@code set...} per tick, pass {@link RigidTransformc}
 * out. Not thread-safe.
 */
public final class RigidTransform implements RigidTransformc {

    private final Matrix4d matrix = new Matrix4d();

    /** The identity. */
    public RigidTransform() {
    }

    /** A new transform for the pose (see {@link #setPose}). */
    public static RigidTransform ofPose(double xM, double yM, double zM, double rollRad, double pitchRad,
            double yawRad) {
        return new RigidTransform().setPose(xM, yM, zM, rollRad, pitchRad, yawRad);
    }

    /** A new sensor-to-vehicle transform from a sensor's extrinsics. */
    public static RigidTransform of(Extrinsics extrinsics) {
        return new RigidTransform().set(extrinsics);
    }

    public RigidTransform identity() {
        matrix.identity();
        return this;
    }

    /**
     * Sets this to the child-to-parent transform of a child frame at this pose in the parent:
     * translation (x, y, z), then {@code Rz(yaw) Ry(pitch) Rx(roll)}.
     */
    public RigidTransform setPose(double xM, double yM, double zM, double rollRad, double pitchRad, double yawRad) {
        matrix.translation(xM, yM, zM).rotateZYX(yawRad, pitchRad, rollRad);
        return this;
    }

    /** Sets this to the transform of a message pose, e.g. {@code EgoState.pose()} as vehicle-to-world. */
    public RigidTransform set(Pose pose) {
        return setPose(pose.xM(), pose.yM(), pose.zM(), pose.rollRad(), pose.pitchRad(), pose.yawRad());
    }

    /** Sets this to the sensor-to-vehicle transform of these extrinsics. */
    public RigidTransform set(Extrinsics e) {
        return setPose(e.xM(), e.yM(), e.zM(), e.rollRad(), e.pitchRad(), e.yawRad());
    }

    public RigidTransform set(RigidTransformc other) {
        matrix.set(other.matrix());
        return this;
    }

    /** For this package's fixed transforms (e.g. the camera axis swap), set element-wise. */
    Matrix4d writableMatrix() {
        return matrix;
    }

    @Override
    public Matrix4dc matrix() {
        return matrix;
    }

    @Override
    public Vector3d transformPoint(Vector3dc p, Vector3d dest) {
        return matrix.transformPosition(p, dest);
    }

    @Override
    public Vector3d transformPoint(double x, double y, double z, Vector3d dest) {
        return matrix.transformPosition(x, y, z, dest);
    }

    @Override
    public Vector3d transformDirection(Vector3dc v, Vector3d dest) {
        return matrix.transformDirection(v, dest);
    }

    @Override
    public void transformPoints(float[] src, int srcOffset, float[] dest, int destOffset, int count,
            int strideFloats) {
        if (strideFloats < 3) {
            throw new IllegalArgumentException("strideFloats must be >= 3, was " + strideFloats);
        }
        int span = count == 0 ? 0 : (count - 1) * strideFloats + 3;
        Objects.checkFromIndexSize(srcOffset, span, src.length);
        Objects.checkFromIndexSize(destOffset, span, dest.length);
        Matrix4d m = matrix;
        double m00 = m.m00(), m01 = m.m01(), m02 = m.m02();
        double m10 = m.m10(), m11 = m.m11(), m12 = m.m12();
        double m20 = m.m20(), m21 = m.m21(), m22 = m.m22();
        double m30 = m.m30(), m31 = m.m31(), m32 = m.m32();
        for (int i = 0; i < count; i++) {
            int s = srcOffset + strideFloats * i;
            int d = destOffset + strideFloats * i;
            double x = src[s];
            double y = src[s + 1];
            double z = src[s + 2];
            // JOML is column-major: mCR is column C, row R.
            dest[d] = (float) (m00 * x + m10 * y + m20 * z + m30);
            dest[d + 1] = (float) (m01 * x + m11 * y + m21 * z + m31);
            dest[d + 2] = (float) (m02 * x + m12 * y + m22 * z + m32);
        }
    }

    @Override
    public RigidTransform invert(RigidTransform dest) {
        matrix.invertAffine(dest.matrix);
        return dest;
    }

    @Override
    public RigidTransform compose(RigidTransformc inner, RigidTransform dest) {
        matrix.mulAffine(inner.matrix(), dest.matrix);
        return dest;
    }

    @Override
    public Vector3d translation(Vector3d dest) {
        return matrix.getTranslation(dest);
    }

    @Override
    public String toString() {
        return "RigidTransform" + matrix.toString().replace('\n', ' ').replaceAll(" +", " ");
    }
}
