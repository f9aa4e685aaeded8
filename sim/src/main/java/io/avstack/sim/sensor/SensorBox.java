package io.avstack.sim.sensor;

import io.avstack.sim.scene.SceneObject;
import org.joml.Matrix4dc;

/**
 * One actor box seen from one sensor for one scan: the rotation from the sensor frame into the
 * box's own frame (centre origin, x along its length, z up), the sensor origin in that frame, the
 * half extents, and the azimuth interval (sensor frame) that the box covers, for culling rays. A
 * reusable work object: {@link #set} per box per scan, no allocation.
 */
final class SensorBox {

    private static final double TWO_PI = 2 * Math.PI;

    /** Sensor-to-box rotation, row major: box-local = M * sensor. */
    double m00, m01, m02, m10, m11, m12, m20, m21, m22;
    /** Sensor origin in box-local coordinates, m. */
    double ox, oy, oz;
    /** Half length, width, height, m. */
    double hx, hy, hz;
    /** Covered azimuths (sensor frame) are [azLoRad, azHiRad]; azLoRad may be below -pi. */
    double azLoRad, azHiRad;
    /** True when the box surrounds the sensor's vertical axis: every azimuth may hit it. */
    boolean allAzimuths;
    /** Distance from the sensor origin to the nearest point of the box, m. */
    double minDistM;
    /** Beams (ring indices) that can hit the box; set by the lidar, all beams otherwise. */
    int beamLo;
    int beamHi;
    SceneObject object;

    /** Prepares {@code obj}'s bounding box as seen from a sensor at {@code sensorToWorld}. */
    void set(SceneObject obj, Matrix4dc sensorToWorld) {
        set(obj, sensorToWorld, 0, obj.dims().lengthM(), obj.dims().widthM(), 0, obj.dims().heightM());
    }

    /**
     * Prepares a part of {@code obj} as seen from a sensor at {@code sensorToWorld}: a box of its
     * yaw centred {@code alongM} ahead of its centre on its long axis, {@code lengthM} x
     * {@code widthM}, from height {@code z0M} to {@code z1M} ({@link io.avstack.sim.scene.ActorParts}).
     */
    void set(SceneObject obj, Matrix4dc sensorToWorld, double alongM, double lengthM, double widthM, double z0M,
            double z1M) {
        object = obj;
        hx = lengthM / 2;
        hy = widthM / 2;
        hz = (z1M - z0M) / 2;
        double c = Math.cos(obj.yawRad());
        double s = Math.sin(obj.yawRad());
        Matrix4dc w = sensorToWorld;
        // JOML mCR is column C, row R; box-local = Rz(yaw)^T * (R_sensor * p + t_sensor - centre)
        m00 = c * w.m00() + s * w.m01();
        m01 = c * w.m10() + s * w.m11();
        m02 = c * w.m20() + s * w.m21();
        m10 = -s * w.m00() + c * w.m01();
        m11 = -s * w.m10() + c * w.m11();
        m12 = -s * w.m20() + c * w.m21();
        m20 = w.m02();
        m21 = w.m12();
        m22 = w.m22();
        double tx = w.m30() - obj.xM();
        double ty = w.m31() - obj.yM();
        ox = c * tx + s * ty - alongM;
        oy = -s * tx + c * ty;
        oz = w.m32() - z0M - hz;
        double nx = Math.max(Math.abs(ox) - hx, 0);
        double ny = Math.max(Math.abs(oy) - hy, 0);
        double nz = Math.max(Math.abs(oz) - hz, 0);
        minDistM = Math.sqrt(nx * nx + ny * ny + nz * nz);
        computeAzimuthInterval();
    }

    /** Whether a ray at sensor-frame azimuth {@code azRad} (in [0, 2 pi)) can hit this box. */
    boolean coversAzimuth(double azRad) {
        if (allAzimuths) {
            return true;
        }
        // azLoRad < 0 <= azRad, so azRad is covered directly or one turn lower
        double lower = azRad - TWO_PI;
        return azRad <= azHiRad || (lower >= azLoRad && lower <= azHiRad);
    }

    /**
     * Conservative bounds of the elevation (rad) of rays from the sensor that can hit this box,
     * {@code dest[0]} lowest and {@code dest[1]} highest. Valid only for a level sensor (its x-y
     * plane horizontal, so its z axis is the box's); returns false, leaving dest alone, otherwise.
     */
    boolean elevationBounds(double[] dest) {
        if (m20 != 0 || m21 != 0) {
            return false;
        }
        // heights are exact (linear, extremes at corners); horizontal distance: nearest point of
        // the footprint, farthest corner
        double zLo = -hz - oz;
        double zHi = hz - oz;
        double nx = Math.max(Math.abs(ox) - hx, 0);
        double ny = Math.max(Math.abs(oy) - hy, 0);
        double rMin = Math.sqrt(nx * nx + ny * ny);
        double fx = Math.abs(ox) + hx;
        double fy = Math.abs(oy) + hy;
        double rMax = Math.sqrt(fx * fx + fy * fy);
        dest[0] = Math.atan2(zLo, zLo < 0 ? rMin : rMax) - 1e-9;
        dest[1] = Math.atan2(zHi, zHi > 0 ? rMin : rMax) + 1e-9;
        return true;
    }

    /** Sensor-frame x of the box-local point (qx, qy, qz). */
    double sensorX(double qx, double qy, double qz) {
        return m00 * (qx - ox) + m10 * (qy - oy) + m20 * (qz - oz);
    }

    /** Sensor-frame y of the box-local point (qx, qy, qz). */
    double sensorY(double qx, double qy, double qz) {
        return m01 * (qx - ox) + m11 * (qy - oy) + m21 * (qz - oz);
    }

    /**
     * Distance along a unit ray from the sensor origin, direction (dx, dy, dz) in the sensor frame,
     * to where it enters this box; +infinity if it misses or starts inside.
     */
    double rayEntry(double dx, double dy, double dz) {
        return slabEntry(ox, oy, oz,
                m00 * dx + m01 * dy + m02 * dz, m10 * dx + m11 * dy + m12 * dz, m20 * dx + m21 * dy + m22 * dz,
                hx, hy, hz);
    }

    /** Like {@link #rayEntry} but for the box's footprint only (height ignored): planar sensors. */
    double rayEntryPlanar(double dx, double dy) {
        return slabEntry(ox, oy, 0, m00 * dx + m01 * dy, m10 * dx + m11 * dy, 0, hx, hy, 1);
    }

    /**
     * Slab test in box-local coordinates: entry distance of the ray o + t d (t > 0) into the box
     * |x| <= hx, |y| <= hy, |z| <= hz, or +infinity when it misses or o is inside.
     */
    static double slabEntry(double ox, double oy, double oz, double dx, double dy, double dz,
            double hx, double hy, double hz) {
        double tNear = Double.NEGATIVE_INFINITY;
        double tFar = Double.POSITIVE_INFINITY;
        if (Math.abs(dx) < 1e-15) {
            if (Math.abs(ox) > hx) {
                return Double.POSITIVE_INFINITY;
            }
        } else {
            double inv = 1.0 / dx;
            double t1 = (-hx - ox) * inv;
            double t2 = (hx - ox) * inv;
            tNear = Math.min(t1, t2);
            tFar = Math.max(t1, t2);
        }
        if (Math.abs(dy) < 1e-15) {
            if (Math.abs(oy) > hy) {
                return Double.POSITIVE_INFINITY;
            }
        } else {
            double inv = 1.0 / dy;
            double t1 = (-hy - oy) * inv;
            double t2 = (hy - oy) * inv;
            tNear = Math.max(tNear, Math.min(t1, t2));
            tFar = Math.min(tFar, Math.max(t1, t2));
        }
        if (Math.abs(dz) < 1e-15) {
            if (Math.abs(oz) > hz) {
                return Double.POSITIVE_INFINITY;
            }
        } else {
            double inv = 1.0 / dz;
            double t1 = (-hz - oz) * inv;
            double t2 = (hz - oz) * inv;
            tNear = Math.max(tNear, Math.min(t1, t2));
            tFar = Math.min(tFar, Math.max(t1, t2));
        }
        return tNear <= tFar && tNear > 0 ? tNear : Double.POSITIVE_INFINITY;
    }

    /**
     * Cosine between a ray (box-local direction d, unit length) and the normal of the face it
     * entered at box-local point p: the face is the one p lies on (largest |p_i| / h_i).
     */
    double cosIncidence(double px, double py, double pz, double dx, double dy, double dz) {
        double ax = hx > 0 ? Math.abs(px) / hx : 0;
        double ay = hy > 0 ? Math.abs(py) / hy : 0;
        double az = hz > 0 ? Math.abs(pz) / hz : 0;
        if (ax >= ay && ax >= az) {
            return Math.abs(dx);
        }
        return ay >= az ? Math.abs(dy) : Math.abs(dz);
    }

    /** The covered azimuth arc from the 8 corners; a spread of pi or more means "all azimuths". */
    private void computeAzimuthInterval() {
        allAzimuths = false;
        double ref = 0;
        double lo = 0;
        double hi = 0;
        for (int i = 0; i < 8; i++) {
            double qx = (i & 1) == 0 ? -hx : hx;
            double qy = (i & 2) == 0 ? -hy : hy;
            double qz = (i & 4) == 0 ? -hz : hz;
            double x = sensorX(qx, qy, qz);
            double y = sensorY(qx, qy, qz);
            if (x * x + y * y < 1e-18) {
                allAzimuths = true;
                return;
            }
            double az = Math.atan2(y, x);
            if (i == 0) {
                ref = az;
                continue;
            }
            double delta = az - ref;
            if (delta > Math.PI) {
                delta -= TWO_PI;
            } else if (delta < -Math.PI) {
                delta += TWO_PI;
            }
            lo = Math.min(lo, delta);
            hi = Math.max(hi, delta);
        }
        if (hi - lo >= Math.PI) {
            allAzimuths = true;
            return;
        }
        // a tiny margin so a ray grazing the extreme corner is not culled by rounding
        azLoRad = ref + lo - 1e-9;
        azHiRad = ref + hi + 1e-9;
        while (azLoRad >= 0) {
            azLoRad -= TWO_PI;
            azHiRad -= TWO_PI;
        }
        while (azLoRad < -TWO_PI) {
            azLoRad += TWO_PI;
            azHiRad += TWO_PI;
        }
    }
}
