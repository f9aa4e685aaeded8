package io.avstack.fusion;

import io.avstack.core.config.ConfigLoader;
import io.avstack.core.geom.Calibration;
import io.avstack.core.geom.TransformTree;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.Pose;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.fusion.track.Measurement;
import io.avstack.fusion.track.MeasurementBatch;

/** Shared test inputs: the simulated vehicle's calibration, the default config, simple measurements. */
public final class Fixtures {

    /** A copy of the simulated reference vehicle's calibration (camera_front, lidar_top, radar_front). */
    public static final String CALIBRATION = "io/avstack/fusion/test-calibration.yaml";

    private Fixtures() {
    }

    public static TransformTree tree() {
        return TransformTree.of(ConfigLoader.loadResource(CALIBRATION, Calibration.class));
    }

    public static FusionConfig config() {
        return FusionConfig.defaults();
    }

    /** A lidar-like batch (sensor at the world origin looking along x) at {@code stampNs}. */
    public static MeasurementBatch lidarBatch(FusionConfig config, long stampNs) {
        MeasurementBatch b = new MeasurementBatch();
        b.begin(TrackedObject.SENSOR_LIDAR, stampNs, config.lidar().common());
        b.setSensorPose(0, 0, 0, 0, 0);
        return b;
    }

    /** Adds a box measurement at (x, y) with isotropic standard deviation sigma. */
    public static Measurement addBox(MeasurementBatch b, ObjectClass cls, double x, double y, double sigmaM) {
        Measurement m = b.add();
        m.dim = 2;
        m.cls = cls;
        m.score = 0.9;
        m.classVote = 0.9;
        m.z[0] = x;
        m.z[1] = y;
        m.r[0] = sigmaM * sigmaM;
        m.r[3] = sigmaM * sigmaM;
        m.hasBox = true;
        m.lengthM = cls == ObjectClass.PEDESTRIAN ? 0.5 : 4.6;
        m.widthM = cls == ObjectClass.PEDESTRIAN ? 0.6 : 1.85;
        m.heightM = 1.5;
        m.yawRad = 0;
        return m;
    }

    /** An ego state at rest or moving along x. */
    public static EgoState ego(long stampNs, double x, double y, double yaw, double speed) {
        return new EgoState(Header.of("map", stampNs / 20_000_000L, stampNs), Pose.planar(x, y, yaw), speed, 0, 0, 0);
    }
}
