package io.avstack.core.msg;

/**
 * A message the stack exchanges on the bus. The set is closed: every implementation is an immutable
 * record in this package, mirrored by a message in {@code core/src/main/proto/avstack.proto}, so a
 * {@code switch} over a {@code Message} (as in the codec) is checked for exhaustiveness by the
 * compiler and a new type cannot be forgotten.
 *
 * <p>Records that carry primitive arrays (image bytes, point buffers) must not have those arrays
 * mutated after construction: the in-process bus hands the same instance to every subscriber
 * (zero copy).
 */
public sealed interface Message
        permits CameraFrame, LidarScan, RadarScan, EgoState, Detections2D, Detections3D, WorldModel,
                Trajectory, ControlCommand, SafetyStatus, GroundTruth, PlanStatus, TrafficLightStates, NodeHealth {
    Header header();
}
