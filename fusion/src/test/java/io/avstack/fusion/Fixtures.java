package io.avstack.fusion;

import io.avstack.core.config.ConfigLoader;
import io.avstack.core.geom.Calibration;
import io.avstack.core.geom.TransformTree;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.ObjectClass;
import io.avstack.core.msg.Pose;
import io.avstack.core.msg.TrackedObject;
import io.avstack.fusion.config.ClassParams;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.fusion.track.Measurement;
import io.avstack.fusion.track.MeasurementBatch;
import java.util.EnumMap;
import java.util.Map;

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

    /** {@code config} with {@code cls}'s parameters replaced by {@code params}. */
    public static FusionConfig withClass(FusionConfig config, ObjectClass cls, ClassParams params) {
        Map<ObjectClass, ClassParams> classes = new EnumMap<>(config.classes());
        classes.put(cls, params);
        return new FusionConfig(config.publishRateHz(), config.lateToleranceS(), config.egoHistoryS(),
                config.egoExtrapolationMaxS(), config.degradedProcessNoiseScale(), config.lifecycle(),
                config.association(), classes, config.camera(), config.lidar(), config.radar());
    }

    /** A lidar-like batch (sensor at the world origin looking along x) at {@code stampNs}. */
    public static MeasurementBatch lidarBatch(FusionConfig config, long stampNs) {
        MeasurementBatch b = new MeasurementBatch();
        b.begin(TrackedObject.SENSOR_LIDAR, stampNs, config.lidar().common());
        b.setSensorPose(0, 0, 0, 0, 0);
        return b;
    }

    /** A camera batch (sensor at the world origin looking along x) at {@code stampNs}. */
    public static MeasurementBatch cameraBatch(FusionConfig config, long stampNs) {
        MeasurementBatch b = new MeasurementBatch();
        b.begin(TrackedObject.SENSOR_CAMERA, stampNs, config.camera().common());
        b.setSensorPose(0, 0, 0, 0, 0);
        return b;
    }

    /**
     * Adds a camera measurement of a {@code cls} at (x, y), seen from the origin, with standard
     * deviations along and across the line of sight, to a {@link #cameraBatch}.
     */
    public static Measurement addCameraPoint(MeasurementBatch b, ObjectClass cls, double score, double x, double y,
            double alongSigmaM, double acrossSigmaM) {
        Measurement m = b.add();
        m.cls = cls;
        m.score = score;
        m.classVote = score;
        m.surface = true;
        m.setPolarCovariance(x, y, Math.atan2(y, x), alongSigmaM, acrossSigmaM);
        return m;
    }

    /** A radar batch (sensor at rest at the world origin looking along x) at {@code stampNs}. */
    public static MeasurementBatch radarBatch(FusionConfig config, long stampNs) {
        MeasurementBatch b = new MeasurementBatch();
        b.begin(TrackedObject.SENSOR_RADAR, stampNs, config.radar().common());
        b.setSensorPose(0, 0, 0, 0, 0);
        return b;
    }

    /** Adds a strong radar cluster of a car at (x, y) moving with (vx, vy) to a {@link #radarBatch}. */
    public static Measurement addCluster(MeasurementBatch b, double x, double y, double vx, double vy) {
        Measurement m = b.add();
        m.dim = 3;
        m.cls = ObjectClass.CAR;
        m.score = 0.9;
        m.classVote = 0.3;
        m.surface = true;
        double range = Math.hypot(x, y);
        m.setPolarCovariance(x, y, Math.atan2(y, x), 1.2, Math.max(1.0, 0.01 * range));
        m.z[2] = (vx * x + vy * y) / range;
        m.r[8] = 0.09;
        return m;
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
