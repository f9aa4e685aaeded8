package io.avstack.core.bus;

import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.Detections2D;
import io.avstack.core.msg.Detections3D;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.GroundTruth;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.NodeHealth;
import io.avstack.core.msg.PlanStatus;
import io.avstack.core.msg.RadarScan;
import io.avstack.core.msg.SafetyStatus;
import io.avstack.core.msg.TrafficLightStates;
import io.avstack.core.msg.Trajectory;
import io.avstack.core.msg.WorldModel;

import static io.avstack.core.bus.DeliveryKind.QUEUED;
import static io.avstack.core.bus.DeliveryKind.SENSOR;

/**
 * The stack's topics, one vehicle's worth. The path constants are the part after
 * {@code avstack/<vehicle>/}; {@link TopicNames#topic(String, String)} makes a full name, e.g.
 * {@code TopicNames.topic("ego", StandardTopics.CAMERA_FRONT)}. {@code docs/TOPICS.md} documents
 * this table (a test keeps the two equal).
 *
 * <p>Latest-wins ({@link DeliveryKind#SENSOR}) for streams where only the newest value matters to a
 * consumer that fell behind (sensor frames, state, the world model, plans, commands: acting on a
 * stale one is worse than skipping it); {@link DeliveryKind#QUEUED} where every message counts
 * (detections feed the tracker frame by frame, safety verdicts are logged, ground truth feeds
 * metrics, every node's health report is kept). A recorder that must see every frame asks for a
 * longer queue in its {@link SubscribeOptions}.
 */
public final class StandardTopics {

    public static final String CAMERA_FRONT = "sensor/camera/front";
    public static final String LIDAR_TOP = "sensor/lidar/top";
    public static final String RADAR_FRONT = "sensor/radar/front";
    public static final String EGO_STATE = "localization/ego_state";
    public static final String DETECTIONS_2D_FRONT = "perception/detections2d/front";
    public static final String DETECTIONS_3D = "perception/detections3d";
    public static final String OBJECTS = "fusion/objects";
    public static final String TRAJECTORY = "planning/trajectory";
    public static final String CONTROL_COMMAND = "control/command";
    public static final String SAFETY_STATUS = "safety/status";
    public static final String GROUND_TRUTH = "sim/ground_truth";
    public static final String TRAFFIC_LIGHTS = "perception/traffic_lights";
    public static final String PLANNED_COMMAND = "planning/command";
    public static final String PLAN_STATUS = "planning/status";
    public static final String HEALTH = "system/health";

    private StandardTopics() {
    }

    /** The standard registry for {@code vehicleId} (a single topic level, e.g. {@code "ego"}). */
    public static TopicRegistry registry(String vehicleId) {
        TopicNames.requireValidLevel("vehicle id", vehicleId);
        return TopicRegistry.builder()
                .add(TopicNames.topic(vehicleId, CAMERA_FRONT), CameraFrame.class, 30, SENSOR)
                .add(TopicNames.topic(vehicleId, LIDAR_TOP), LidarScan.class, 10, SENSOR)
                .add(TopicNames.topic(vehicleId, RADAR_FRONT), RadarScan.class, 20, SENSOR)
                .add(TopicNames.topic(vehicleId, EGO_STATE), EgoState.class, 50, SENSOR)
                .add(TopicNames.topic(vehicleId, DETECTIONS_2D_FRONT), Detections2D.class, 30, QUEUED)
                .add(TopicNames.topic(vehicleId, DETECTIONS_3D), Detections3D.class, 10, QUEUED)
                .addAtLeast(TopicNames.topic(vehicleId, OBJECTS), WorldModel.class, 10, SENSOR)
                .addAtLeast(TopicNames.topic(vehicleId, TRAJECTORY), Trajectory.class, 10, SENSOR)
                .add(TopicNames.topic(vehicleId, TRAFFIC_LIGHTS), TrafficLightStates.class, 10, SENSOR)
                .addAtLeast(TopicNames.topic(vehicleId, PLANNED_COMMAND), ControlCommand.class, 50, SENSOR)
                .addAtLeast(TopicNames.topic(vehicleId, PLAN_STATUS), PlanStatus.class, 10, QUEUED)
                .add(TopicNames.topic(vehicleId, CONTROL_COMMAND), ControlCommand.class, 50, SENSOR)
                .add(TopicNames.topic(vehicleId, SAFETY_STATUS), SafetyStatus.class, 10, QUEUED)
                .add(TopicNames.topic(vehicleId, GROUND_TRUTH), GroundTruth.class, 10, QUEUED)
                .add(TopicNames.topic(vehicleId, HEALTH), NodeHealth.class, 1, QUEUED)
                .build();
    }
}
