package io.avstack.core.codec;

import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.Detection2D;
import io.avstack.core.msg.Detection3D;
import io.avstack.core.msg.Detections2D;
import io.avstack.core.msg.Detections3D;
import io.avstack.core.msg.Dimensions;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.GroundTruth;
import io.avstack.core.msg.GroundTruthObject;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.Message;
import io.avstack.core.msg.PlanarVelocity;
import io.avstack.core.msg.NodeHealth;
import io.avstack.core.msg.PlanStatus;
import io.avstack.core.msg.Pose;
import io.avstack.core.msg.RadarDetection;
import io.avstack.core.msg.RadarScan;
import io.avstack.core.msg.SafetyStatus;
import io.avstack.core.msg.TrackedObject;
import io.avstack.core.msg.TrafficLightState;
import io.avstack.core.msg.TrafficLightStates;
import io.avstack.core.msg.Trajectory;
import io.avstack.core.msg.TrajectoryPoint;
import io.avstack.core.msg.WorldModel;
import io.avstack.core.proto.Envelope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Proto -> record half of {@link ProtoCodec}. Stateless. Checks only what the proto cannot say
 * (required sub-messages present, enums known); every other invariant is the record constructor's,
 * whose {@link IllegalArgumentException} {@link ProtoCodec} turns into {@code INVALID_FIELD}.
 */
final class ProtoDecoder {

    private ProtoDecoder() {
    }

    /** The switch is exhaustive over the proto's oneof: a new payload fails compilation here. */
    static Message message(Envelope e) throws CodecException {
        return switch (e.getPayloadCase()) {
            case CAMERA_FRAME -> cameraFrame(e.getCameraFrame());
            case LIDAR_SCAN -> lidarScan(e.getLidarScan());
            case RADAR_SCAN -> radarScan(e.getRadarScan());
            case EGO_STATE -> egoState(e.getEgoState());
            case DETECTIONS_2D -> detections2d(e.getDetections2D());
            case DETECTIONS_3D -> detections3d(e.getDetections3D());
            case WORLD_MODEL -> worldModel(e.getWorldModel());
            case TRAJECTORY -> trajectory(e.getTrajectory());
            case CONTROL_COMMAND -> controlCommand(e.getControlCommand());
            case SAFETY_STATUS -> safetyStatus(e.getSafetyStatus());
            case GROUND_TRUTH -> groundTruth(e.getGroundTruth());
            case PLAN_STATUS -> planStatus(e.getPlanStatus());
            case TRAFFIC_LIGHT_STATES -> trafficLightStates(e.getTrafficLightStates());
            case NODE_HEALTH -> nodeHealth(e.getNodeHealth());
            case PAYLOAD_NOT_SET -> throw new CodecException(CodecException.Kind.UNKNOWN_TYPE,
                    "envelope has no payload, or one this build does not know"
                            + (e.getUnknownFields().asMap().isEmpty() ? "" : " (field numbers "
                            + e.getUnknownFields().asMap().keySet() + ")"));
        };
    }

    private static void require(boolean present, String field) throws CodecException {
        if (!present) {
            throw new CodecException(CodecException.Kind.INVALID_FIELD, field + " is missing");
        }
    }

    static Header header(String type, boolean present, io.avstack.core.proto.Header h) throws CodecException {
        require(present, type + ".header");
        return new Header(h.getFrameId(), h.getSeq(), h.getStampNs(), h.getValid());
    }

    static Pose pose(String field, boolean present, io.avstack.core.proto.Pose p) throws CodecException {
        require(present, field);
        return new Pose(p.getXM(), p.getYM(), p.getZM(), p.getRollRad(), p.getPitchRad(), p.getYawRad());
    }

    static Dimensions dims(String field, boolean present, io.avstack.core.proto.Dimensions d) throws CodecException {
        require(present, field);
        return new Dimensions(d.getLengthM(), d.getWidthM(), d.getHeightM());
    }

    static PlanarVelocity velocity(String field, boolean present, io.avstack.core.proto.PlanarVelocity v)
            throws CodecException {
        require(present, field);
        return new PlanarVelocity(v.getVxMps(), v.getVyMps());
    }

    static CameraFrame cameraFrame(io.avstack.core.proto.CameraFrame p) throws CodecException {
        return new CameraFrame(header("CameraFrame", p.hasHeader(), p.getHeader()),
                p.getWidthPx(), p.getHeightPx(),
                ProtoEnums.fromProto("CameraFrame.encoding", p.getEncoding(), p.getEncodingValue()),
                p.getIntrinsicsId(),
                p.getData().toByteArray()); // the one copy: the envelope was parsed aliasing the input
    }

    static LidarScan lidarScan(io.avstack.core.proto.LidarScan p) throws CodecException {
        float[] xyzi = new float[p.getXyziCount()];
        for (int i = 0; i < xyzi.length; i++) {
            xyzi[i] = p.getXyzi(i); // primitive getter: no boxing
        }
        int[] ring = new int[p.getRingCount()];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = p.getRing(i);
        }
        return lidarScan(p.hasHeader(), p.getHeader(), xyzi, ring);
    }

    /** The record from a scan's fields (also {@link LidarScanWire}'s, which reads them without protobuf's lists). */
    static LidarScan lidarScan(boolean hasHeader, io.avstack.core.proto.Header header, float[] xyzi, int[] ring)
            throws CodecException {
        return new LidarScan(header("LidarScan", hasHeader, header), xyzi, ring);
    }

    static RadarScan radarScan(io.avstack.core.proto.RadarScan p) throws CodecException {
        Header header = header("RadarScan", p.hasHeader(), p.getHeader());
        List<RadarDetection> out = new ArrayList<>(p.getDetectionsCount());
        for (io.avstack.core.proto.RadarDetection d : p.getDetectionsList()) {
            out.add(new RadarDetection(d.getRangeM(), d.getAzimuthRad(), d.getElevationRad(),
                    d.getRangeRateMps(), d.getRcsDbsm()));
        }
        return new RadarScan(header, out);
    }

    static EgoState egoState(io.avstack.core.proto.EgoState p) throws CodecException {
        return new EgoState(header("EgoState", p.hasHeader(), p.getHeader()),
                pose("EgoState.pose", p.hasPose(), p.getPose()),
                p.getSpeedMps(), p.getYawRateRadps(), p.getAccelMps2(), p.getSteeringRad());
    }

    static Detections2D detections2d(io.avstack.core.proto.Detections2D p) throws CodecException {
        Header header = header("Detections2D", p.hasHeader(), p.getHeader());
        List<Detection2D> out = new ArrayList<>(p.getDetectionsCount());
        for (io.avstack.core.proto.Detection2D d : p.getDetectionsList()) {
            out.add(new Detection2D(ProtoEnums.fromProto("Detection2D.cls", d.getCls(), d.getClsValue()),
                    d.getScore(), d.getXMinPx(), d.getYMinPx(), d.getXMaxPx(), d.getYMaxPx()));
        }
        return new Detections2D(header, out);
    }

    static Detections3D detections3d(io.avstack.core.proto.Detections3D p) throws CodecException {
        Header header = header("Detections3D", p.hasHeader(), p.getHeader());
        List<Detection3D> out = new ArrayList<>(p.getDetectionsCount());
        for (io.avstack.core.proto.Detection3D d : p.getDetectionsList()) {
            Optional<PlanarVelocity> velocity = d.hasVelocity()
                    ? Optional.of(velocity("Detection3D.velocity", true, d.getVelocity()))
                    : Optional.empty();
            out.add(new Detection3D(ProtoEnums.fromProto("Detection3D.cls", d.getCls(), d.getClsValue()),
                    d.getScore(), d.getXM(), d.getYM(), d.getZM(),
                    dims("Detection3D.dims", d.hasDims(), d.getDims()), d.getYawRad(), velocity));
        }
        return new Detections3D(header, out);
    }

    static WorldModel worldModel(io.avstack.core.proto.WorldModel p) throws CodecException {
        Header header = header("WorldModel", p.hasHeader(), p.getHeader());
        List<TrackedObject> out = new ArrayList<>(p.getObjectsCount());
        for (io.avstack.core.proto.TrackedObject o : p.getObjectsList()) {
            out.add(new TrackedObject(o.getTrackId(),
                    ProtoEnums.fromProto("TrackedObject.cls", o.getCls(), o.getClsValue()),
                    o.getXM(), o.getYM(), o.getZM(), o.getYawRad(),
                    velocity("TrackedObject.velocity", o.hasVelocity(), o.getVelocity()),
                    o.getAxMps2(), o.getAyMps2(),
                    dims("TrackedObject.dims", o.hasDims(), o.getDims()),
                    o.getVarXM2(), o.getVarYM2(), o.getVarVxM2Ps2(), o.getVarVyM2Ps2(),
                    o.getExistenceProb(), o.getAgeNs(), o.getSensorMask(), o.getCovXyM2(), o.getCovVxVyM2Ps2()));
        }
        Optional<EgoState> ego = p.hasEgo() ? Optional.of(egoState(p.getEgo())) : Optional.empty();
        return new WorldModel(header, out, ego, p.getSensorsExpectedMask(), p.getSensorsAliveMask());
    }

    static Trajectory trajectory(io.avstack.core.proto.Trajectory p) throws CodecException {
        Header header = header("Trajectory", p.hasHeader(), p.getHeader());
        List<TrajectoryPoint> out = new ArrayList<>(p.getPointsCount());
        for (io.avstack.core.proto.TrajectoryPoint t : p.getPointsList()) {
            out.add(new TrajectoryPoint(t.getTimeFromStartNs(), t.getXM(), t.getYM(), t.getYawRad(),
                    t.getSpeedMps(), t.getAccelMps2(), t.getCurvaturePerM()));
        }
        return new Trajectory(header, out);
    }

    static ControlCommand controlCommand(io.avstack.core.proto.ControlCommand p) throws CodecException {
        return new ControlCommand(header("ControlCommand", p.hasHeader(), p.getHeader()),
                p.getAccelMps2(), p.getSteeringRad());
    }

    static SafetyStatus safetyStatus(io.avstack.core.proto.SafetyStatus p) throws CodecException {
        return new SafetyStatus(header("SafetyStatus", p.hasHeader(), p.getHeader()),
                ProtoEnums.fromProto("SafetyStatus.verdict", p.getVerdict(), p.getVerdictValue()),
                p.getReason(),
                ProtoEnums.fromProto("SafetyStatus.degradedMode", p.getDegradedMode(), p.getDegradedModeValue()));
    }

    static PlanStatus planStatus(io.avstack.core.proto.PlanStatus p) throws CodecException {
        return new PlanStatus(header("PlanStatus", p.hasHeader(), p.getHeader()), p.getBehaviour(),
                p.getBindingConstraint(), p.getReason(), p.getFallback(), p.getTargetSpeedMps(), p.getLeadTrackId());
    }

    static NodeHealth nodeHealth(io.avstack.core.proto.NodeHealth p) throws CodecException {
        return new NodeHealth(header("NodeHealth", p.hasHeader(), p.getHeader()), p.getNode(),
                ProtoEnums.fromProto("NodeHealth.state", p.getState(), p.getStateValue()), p.getMessagesIn(),
                p.getMessagesOut(), p.getMessagesDropped(), p.getErrors(), p.getLastError(), p.getUptimeNs());
    }

    static TrafficLightStates trafficLightStates(io.avstack.core.proto.TrafficLightStates p) throws CodecException {
        Header header = header("TrafficLightStates", p.hasHeader(), p.getHeader());
        List<TrafficLightState> out = new ArrayList<>(p.getLightsCount());
        for (io.avstack.core.proto.TrafficLightState l : p.getLightsList()) {
            out.add(new TrafficLightState(l.getStopLineId(),
                    ProtoEnums.fromProto("TrafficLightState.state", l.getState(), l.getStateValue())));
        }
        return new TrafficLightStates(header, out);
    }

    static GroundTruth groundTruth(io.avstack.core.proto.GroundTruth p) throws CodecException {
        Header header = header("GroundTruth", p.hasHeader(), p.getHeader());
        Pose ego = pose("GroundTruth.egoPose", p.hasEgoPose(), p.getEgoPose());
        List<GroundTruthObject> out = new ArrayList<>(p.getObjectsCount());
        for (io.avstack.core.proto.GroundTruthObject o : p.getObjectsList()) {
            out.add(new GroundTruthObject(o.getActorId(),
                    ProtoEnums.fromProto("GroundTruthObject.cls", o.getCls(), o.getClsValue()),
                    pose("GroundTruthObject.pose", o.hasPose(), o.getPose()),
                    dims("GroundTruthObject.dims", o.hasDims(), o.getDims()),
                    velocity("GroundTruthObject.velocity", o.hasVelocity(), o.getVelocity())));
        }
        return new GroundTruth(header, ego, p.getEgoSpeedMps(), out);
    }
}
