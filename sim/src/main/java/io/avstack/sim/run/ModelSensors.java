package io.avstack.sim.run;

import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicNames;
import io.avstack.core.geom.SensorCalibration;
import io.avstack.core.msg.Header;
import io.avstack.sim.render.CameraRenderConfig;
import io.avstack.sim.render.CameraRenderer;
import io.avstack.sim.sensor.EgoStateParams;
import io.avstack.sim.sensor.EgoStateSensor;
import io.avstack.sim.sensor.EgoTruth;
import io.avstack.sim.sensor.LidarModel;
import io.avstack.sim.sensor.LidarParams;
import io.avstack.sim.sensor.RadarModel;
import io.avstack.sim.sensor.RadarParams;
import io.avstack.sim.sensor.SensorRandom;
import io.avstack.sim.vehicle.KinematicBicycle;
import java.util.function.Function;

/**
 * The simulator's lidar and radar models (docs/SENSORS.md) as {@link SensorModel}s for the runner,
 * each seeded from the run seed and its sensor id so a run is reproducible.
 */
public final class ModelSensors {

    private ModelSensors() {
    }

    /** Id of the top lidar in the simulated vehicle's calibration. */
    public static final String LIDAR_TOP = "lidar_top";

    /**
     * The top lidar with default parameters on {@code sensor/lidar/top}, mounted where the simulated
     * vehicle's calibration says (the pose fusion and the lidar detector assume, and training used).
     */
    public static Function<SimWorld, SensorModel> lidarTop(long runSeed) {
        return world -> {
            LidarParams params = LidarParams.defaults().mountedAs(LIDAR_TOP,
                    SimCalibration.load().sensor(LIDAR_TOP).extrinsics());
            LidarModel model = new LidarModel(params, SensorRandom.sensorSeed(runSeed, LIDAR_TOP));
            return SensorModel.of(TopicNames.topic(LockstepRunner.VEHICLE_ID, StandardTopics.LIDAR_TOP),
                    1e9 / model.periodNs(), model::scan);
        };
    }

    /** The front radar with default parameters on {@code sensor/radar/front}. */
    public static Function<SimWorld, SensorModel> radarFront(long runSeed) {
        return world -> {
            RadarModel model = new RadarModel(RadarParams.defaults(), SensorRandom.sensorSeed(runSeed, "radar_front"));
            return SensorModel.of(TopicNames.topic(LockstepRunner.VEHICLE_ID, StandardTopics.RADAR_FRONT),
                    1e9 / model.periodNs(), model::scan);
        };
    }

    /** Camera rate, Hz. */
    public static final double CAMERA_RATE_HZ = 30;

    /** The front camera of the simulated vehicle's calibration on {@code sensor/camera/front}, 30 Hz. */
    public static Function<SimWorld, SensorModel> cameraFront(long runSeed) {
        return cameraFront(runSeed, CAMERA_RATE_HZ);
    }

    /** The front camera at {@code rateHz} frames per simulated second (> 0). */
    public static Function<SimWorld, SensorModel> cameraFront(long runSeed, double rateHz) {
        return world -> {
            SensorCalibration cam = SimCalibration.load().sensor(SimCalibration.CAMERA_FRONT);
            CameraRenderer renderer = new CameraRenderer(cam.intrinsics(), cam.extrinsics(),
                    CameraRenderConfig.defaults(SensorRandom.sensorSeed(runSeed, SimCalibration.CAMERA_FRONT)));
            long[] seq = {0};
            return SensorModel.of(TopicNames.topic(LockstepRunner.VEHICLE_ID, StandardTopics.CAMERA_FRONT), rateHz,
                    scene -> renderer.render(scene, Header.of(SimCalibration.CAMERA_FRONT, seq[0]++, scene.simTimeNs()),
                            SimCalibration.CAMERA_FRONT));
        };
    }

    /** The noisy ego-state sensor with default parameters on {@code localization/ego_state}. */
    public static Function<SimWorld, SensorModel> egoState(long runSeed) {
        return world -> {
            EgoStateSensor sensor = new EgoStateSensor(EgoStateParams.defaults(),
                    SensorRandom.sensorSeed(runSeed, "ego_state"));
            return SensorModel.of(TopicNames.topic(LockstepRunner.VEHICLE_ID, StandardTopics.EGO_STATE),
                    1e9 / sensor.periodNs(), scene -> {
                        KinematicBicycle ego = world.ego();
                        return sensor.measure(new EgoTruth(scene.simTimeNs(), scene.egoPose(), ego.speedMps(),
                                ego.yawRateRadps(), ego.accelMps2(), ego.steerRad()));
                    });
        };
    }
}
