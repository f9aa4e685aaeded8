package io.avstack.vehicle.stack;

import io.avstack.core.bus.Bus;
import io.avstack.core.bus.StandardTopics;
import io.avstack.core.bus.TopicRegistry;
import io.avstack.core.geom.Calibration;
import io.avstack.core.geom.TransformTree;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.time.Clock;
import io.avstack.fusion.config.FusionConfig;
import io.avstack.safety.config.SafetyConfig;
import io.avstack.safety.node.SafetyNode;
import io.avstack.sim.run.HostedNode;
import io.avstack.sim.run.LockstepRunner;
import io.avstack.sim.run.ModelSensors;
import io.avstack.sim.run.SimCalibration;
import io.avstack.sim.run.SimSetup;
import io.avstack.sim.run.TrafficLightSensor;
import io.avstack.vehicle.fusion.CnnDetections;
import io.avstack.vehicle.fusion.DetectionSource;
import io.avstack.vehicle.fusion.FusionHostedNode;
import java.util.List;
import java.util.function.Supplier;

/**
 * The whole stack on simulated sensors: the camera, lidar and radar sensor models and a noisy ego
 * state feed the fusion node (the committed CNN detectors, radar clustering, tracking); the
 * planner plans on the fused world model; the safety node checks the plan and issues the command
 * that drives the ego ({@code control/command}). Traffic-light aspects come from the simulator
 * (perfect light perception: the stack has no light detector). Nothing reads ground truth.
 *
 * <p>The detectors are loaded once per stack and shared by every run (parallel runs included: each
 * thread gets its own predictor).
 */
final class FullStack implements SimStack {

    /**
     * Rate of the simulated front camera in the full stack, Hz: 10 rather than the real camera's 30,
     * so a lockstep run costs a third of the camera inferences (regression throughput on CPU); the
     * tracker's camera measurement model does not depend on the rate.
     */
    static final double CAMERA_RATE_HZ = 10.0;

    /** Rate of the traffic-light aspects, Hz. */
    static final double LIGHTS_RATE_HZ = 10.0;

    private final String name;
    private final int sensorMask;
    private final Supplier<DetectionSource> detectorLoader;
    private final PlannerStack planner = new PlannerStack();
    private DetectionSource detections;

    /**
     * @param name       stack name
     * @param sensorMask the sensors fused ({@code TrackedObject.SENSOR_*})
     * @param detectors  loads the detectors (called once, on the first run)
     */
    FullStack(String name, int sensorMask, Supplier<DetectionSource> detectors) {
        this.name = name;
        this.sensorMask = sensorMask;
        this.detectorLoader = detectors;
    }

    /** Camera, lidar and radar through the committed detectors. */
    static FullStack all() {
        return of("full", TrackedObject.SENSOR_ALL);
    }

    /** The full stack on a vehicle with only the sensors in {@code sensorMask}. */
    static FullStack of(String name, int sensorMask) {
        return new FullStack(name, sensorMask, () -> CnnDetections.load(sensorMask, null, "auto"));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String kernelFingerprint() {
        return detections().kernelFingerprint();
    }

    private synchronized DetectionSource detections() {
        if (detections == null) {
            detections = detectorLoader.get();
        }
        return detections;
    }

    @Override
    public void addSensors(LockstepRunner.Builder builder, SimSetup setup) {
        if ((sensorMask & TrackedObject.SENSOR_CAMERA) != 0) {
            builder.optSensor(ModelSensors.cameraFront(setup.seed(), CAMERA_RATE_HZ));
        }
        if ((sensorMask & TrackedObject.SENSOR_LIDAR) != 0) {
            builder.optSensor(ModelSensors.lidarTop(setup.seed()));
        }
        if ((sensorMask & TrackedObject.SENSOR_RADAR) != 0) {
            builder.optSensor(ModelSensors.radarFront(setup.seed()));
        }
        builder.optEgoStateSensor(ModelSensors.egoState(setup.seed()))
                .optSensor(TrafficLightSensor.factory(LIGHTS_RATE_HZ));
    }

    @Override
    public List<HostedNode> nodes(SimSetup setup) {
        Calibration calibration = SimCalibration.load();
        HostedNode fusion = new FusionHostedNode(FusionConfig.defaults(), TransformTree.of(calibration), detections(),
                sensorMask, null, setup.seed());
        HostedNode safety = new HostedNode() {
            private SafetyNode node;

            @Override
            public void attach(Bus bus, Clock clock) {
                node = SafetyNode.builder().setBus(bus).setRegistry(TopicRegistry.standard(LockstepRunner.VEHICLE_ID))
                        .setClock(clock).setConfig(SafetyConfig.defaults())
                        .setRadarMount(calibration.sensor("radar_front").extrinsics())
                        .optLidarMount(calibration.sensor("lidar_top").extrinsics()).build();
            }

            @Override
            public void close() {
                if (node != null) {
                    node.close();
                }
            }
        };
        return List.of(fusion, planner.node(setup)::attach, safety);
    }

    @Override
    public List<String> inputTopics() {
        return List.of(StandardTopics.CAMERA_FRONT, StandardTopics.LIDAR_TOP, StandardTopics.RADAR_FRONT,
                StandardTopics.EGO_STATE, StandardTopics.TRAFFIC_LIGHTS);
    }

    @Override
    public List<String> outputTopics() {
        return List.of(StandardTopics.DETECTIONS_2D_FRONT, StandardTopics.DETECTIONS_3D, StandardTopics.OBJECTS,
                StandardTopics.TRAJECTORY, StandardTopics.PLAN_STATUS, StandardTopics.PLANNED_COMMAND,
                StandardTopics.CONTROL_COMMAND, StandardTopics.SAFETY_STATUS);
    }
}
