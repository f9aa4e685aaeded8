package io.avstack.fusion.eval;

import io.avstack.core.geom.TransformTree;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.fusion.config.SensorCommon;
import io.avstack.fusion.node.SensorIds;
import io.avstack.fusion.track.Angles;
import org.joml.Vector3d;

/**
 * Where a sensor combination can see, in the vehicle frame: the union of its sensors' coverage
 * (mount position and heading from the calibration, half field of view, range and detector box from
 * the fusion configuration), each range capped at {@code evalRangeM}. Immutable.
 */
public final class CoverageRegion {

    private final double[] originX = new double[3];
    private final double[] originY = new double[3];
    private final double[] yaw = new double[3];
    private final double[] halfFovRad = new double[3];
    private final double[] rangeM = new double[3];
    private final SensorCommon[] common = new SensorCommon[3];
    private final int count;

    private CoverageRegion(int count) {
        this.count = count;
    }

    /** The region of the sensors in {@code sensorMask} ({@code TrackedObject.SENSOR_*} bits). */
    public static CoverageRegion of(TransformTree tree, FusionConfig config, SensorIds ids, int sensorMask,
            double evalRangeM) {
        CoverageRegion r = new CoverageRegion(Integer.bitCount(sensorMask & TrackedObject.SENSOR_ALL));
        int k = 0;
        k = r.add(k, sensorMask, TrackedObject.SENSOR_CAMERA, tree, ids.cameraId(), config.camera().common(), evalRangeM);
        k = r.add(k, sensorMask, TrackedObject.SENSOR_LIDAR, tree, ids.lidarId(), config.lidar().common(), evalRangeM);
        r.add(k, sensorMask, TrackedObject.SENSOR_RADAR, tree, ids.radarId(), config.radar().common(), evalRangeM);
        return r;
    }

    private int add(int k, int mask, int bit, TransformTree tree, String id, SensorCommon c, double evalRangeM) {
        if ((mask & bit) == 0) {
            return k;
        }
        Vector3d v = tree.sensorToVehicle(id).translation(new Vector3d());
        originX[k] = v.x;
        originY[k] = v.y;
        v.set(1, 0, 0);
        tree.sensorToVehicle(id).transformDirection(v, v);
        yaw[k] = Math.atan2(v.y, v.x);
        halfFovRad[k] = Math.toRadians(c.halfFovDeg());
        rangeM[k] = Math.min(c.maxRangeM(), evalRangeM);
        common[k] = c;
        return k + 1;
    }

    /** Number of sensors in the region. */
    public int sensors() {
        return count;
    }

    /** Whether vehicle-frame point (x, y) is covered by sensor {@code k}. */
    public boolean coveredBy(int k, double xM, double yM) {
        double dx = xM - originX[k];
        double dy = yM - originY[k];
        return Math.hypot(dx, dy) <= rangeM[k] && Math.abs(Angles.wrap(Math.atan2(dy, dx) - yaw[k])) <= halfFovRad[k]
                && common[k].inDetectorBox(xM, yM);
    }

    /** Whether any sensor covers vehicle-frame point (x, y). */
    public boolean contains(double xM, double yM) {
        for (int k = 0; k < count; k++) {
            if (coveredBy(k, xM, yM)) {
                return true;
            }
        }
        return false;
    }

    /** Sensor k's origin in the vehicle frame, m. */
    public double originX(int k) {
        return originX[k];
    }

    public double originY(int k) {
        return originY[k];
    }
}
