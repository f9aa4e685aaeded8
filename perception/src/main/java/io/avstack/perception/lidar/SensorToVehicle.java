package io.avstack.perception.lidar;

import io.avstack.core.geom.Extrinsics;
import io.avstack.core.geom.RigidTransform;
import io.avstack.core.msg.LidarScan;
import org.joml.Matrix4dc;

/**
 * The rigid transform of a sensor's points into the vehicle frame, as twelve floats so a per-point
 * loop needs no JOML call and no allocation. Immutable.
 */
public final class SensorToVehicle {

    private final float r00, r01, r02, r10, r11, r12, r20, r21, r22, tx, ty, tz;

    public SensorToVehicle(Extrinsics sensorMount) {
        Matrix4dc m = RigidTransform.of(sensorMount).matrix();
        // JOML's mCR is column C, row R
        r00 = (float) m.m00();
        r01 = (float) m.m10();
        r02 = (float) m.m20();
        r10 = (float) m.m01();
        r11 = (float) m.m11();
        r12 = (float) m.m21();
        r20 = (float) m.m02();
        r21 = (float) m.m12();
        r22 = (float) m.m22();
        tx = (float) m.m30();
        ty = (float) m.m31();
        tz = (float) m.m32();
    }

    public float x(float sx, float sy, float sz) {
        return r00 * sx + r01 * sy + r02 * sz + tx;
    }

    public float y(float sx, float sy, float sz) {
        return r10 * sx + r11 * sy + r12 * sz + ty;
    }

    public float z(float sx, float sy, float sz) {
        return r20 * sx + r21 * sy + r22 * sz + tz;
    }

    /**
     * Moves the first {@code points} x, y, z, intensity points of {@code src} into {@code dest}
     * (may be the same array); intensities are copied.
     */
    public void apply(float[] src, int points, float[] dest) {
        for (int p = 0, i = 0; p < points; p++, i += LidarScan.FLOATS_PER_POINT) {
            float sx = src[i];
            float sy = src[i + 1];
            float sz = src[i + 2];
            dest[i] = x(sx, sy, sz);
            dest[i + 1] = y(sx, sy, sz);
            dest[i + 2] = z(sx, sy, sz);
            dest[i + 3] = src[i + 3];
        }
    }
}
