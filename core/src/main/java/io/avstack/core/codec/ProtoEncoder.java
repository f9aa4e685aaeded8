package io.avstack.core.codec;

import com.google.protobuf.UnsafeByteOperations;
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

/** Record -> proto half of {@link ProtoCodec}. Stateless. */
final class ProtoEncoder {

    private ProtoEncoder() {
    }

    /** The switch is exhaustive over the sealed {@link Message}: a new record type fails compilation here. */
    static Envelope envelope(Message message) {
        Envelope.Builder e = Envelope.newBuilder();
        switch (message) {
            case CameraFrame m -> e.setCameraFrame(cameraFrame(m));
            case LidarScan m -> e.setLidarScan(lidarScan(m));
            case RadarScan m -> e.setRadarScan(radarScan(m));
            case EgoState m -> e.setEgoState(egoState(m));
            case Detections2D m -> e.setDetections2D(detections2d(m));
            case Detections3D m -> e.setDetections3D(detections3d(m));
            case WorldModel m -> e.setWorldModel(worldModel(m));
            case Trajectory m -> e.setTrajectory(trajectory(m));
            case ControlCommand m -> e.setControlCommand(controlCommand(m));
            case SafetyStatus m -> e.setSafetyStatus(safetyStatus(m));
            case GroundTruth m -> e.setGroundTruth(groundTruth(m));
            case PlanStatus m -> e.setPlanStatus(planStatus(m));
            case TrafficLightStates m -> e.setTrafficLightStates(trafficLightStates(m));
            case NodeHealth m -> e.setNodeHealth(nodeHealth(m));
        }
        return e.build();
    }

    static io.avstack.core.proto.Header header(Header h) {
        return io.avstack.core.proto.Header.newBuilder()
                .setFrameId(h.frameId()).setSeq(h.seq()).setStampNs(h.stampNs()).setValid(h.valid()).build();
    }

    static io.avstack.core.proto.Pose pose(Pose p) {
        return io.avstack.core.proto.Pose.newBuilder()
                .setXM(p.xM()).setYM(p.yM()).setZM(p.zM())
                .setRollRad(p.rollRad()).setPitchRad(p.pitchRad()).setYawRad(p.yawRad()).build();
    }

    static io.avstack.core.proto.Dimensions dims(Dimensions d) {
        return io.avstack.core.proto.Dimensions.newBuilder()
                .setLengthM(d.lengthM()).setWidthM(d.widthM()).setHeightM(d.heightM()).build();
    }

    static io.avstack.core.proto.PlanarVelocity velocity(PlanarVelocity v) {
        return io.avstack.core.proto.PlanarVelocity.newBuilder().setVxMps(v.vxMps()).setVyMps(v.vyMps()).build();
    }

    static io.avstack.core.proto.CameraFrame cameraFrame(CameraFrame m) {
        // Records never mutate their arrays (see Message), so wrapping instead of copying is safe;
        // serialisation then copies the pixels exactly once, into the output bytes.
        return io.avstack.core.proto.CameraFrame.newBuilder()
                .setHeader(header(m.header()))
                .setWidthPx(m.widthPx()).setHeightPx(m.heightPx())
                .setEncoding(ProtoEnums.toProto(m.encoding()))
                .setIntrinsicsId(m.intrinsicsId())
                .setData(UnsafeByteOperations.unsafeWrap(m.data()))
                .build();
    }

    static io.avstack.core.proto.LidarScan lidarScan(LidarScan m) {
        io.avstack.core.proto.LidarScan.Builder b = io.avstack.core.proto.LidarScan.newBuilder()
                .setHeader(header(m.header()));
        float[] xyzi = m.xyzi();
        for (float f : xyzi) { // addXyzi(float) stores unboxed; addAllXyzi would box every float
            b.addXyzi(f);
        }
        int[] ring = m.ring();
        for (int r : ring) {
            b.addRing(r);
        }
        return b.build();
    }

    static io.avstack.core.proto.RadarScan radarScan(RadarScan m) {
        io.avstack.core.proto.RadarScan.Builder b = io.avstack.core.proto.RadarScan.newBuilder()
                .setHeader(header(m.header()));
        for (RadarDetection d : m.detections()) {
            b.addDetectionsBuilder()
                    .setRangeM(d.rangeM()).setAzimuthRad(d.azimuthRad()).setElevationRad(d.elevationRad())
                    .setRangeRateMps(d.rangeRateMps()).setRcsDbsm(d.rcsDbsm());
        }
        return b.build();
    }

    static io.avstack.core.proto.EgoState egoState(EgoState m) {
        return io.avstack.core.proto.EgoState.newBuilder()
                .setHeader(header(m.header())).setPose(pose(m.pose()))
                .setSpeedMps(m.speedMps()).setYawRateRadps(m.yawRateRadps())
                .setAccelMps2(m.accelMps2()).setSteeringRad(m.steeringRad()).build();
    }

    static io.avstack.core.proto.Detections2D detections2d(Detections2D m) {
        io.avstack.core.proto.Detections2D.Builder b = io.avstack.core.proto.Detections2D.newBuilder()
                .setHeader(header(m.header()));
        for (Detection2D d : m.detections()) {
            b.addDetectionsBuilder()
                    .setCls(ProtoEnums.toProto(d.cls())).setScore(d.score())
                    .setXMinPx(d.xMinPx()).setYMinPx(d.yMinPx()).setXMaxPx(d.xMaxPx()).setYMaxPx(d.yMaxPx());
        }
        return b.build();
    }

    static io.avstack.core.proto.Detections3D detections3d(Detections3D m) {
        io.avstack.core.proto.Detections3D.Builder b = io.avstack.core.proto.Detections3D.newBuilder()
                .setHeader(header(m.header()));
        for (Detection3D d : m.detections()) {
            io.avstack.core.proto.Detection3D.Builder db = b.addDetectionsBuilder()
                    .setCls(ProtoEnums.toProto(d.cls())).setScore(d.score())
                    .setXM(d.xM()).setYM(d.yM()).setZM(d.zM())
                    .setDims(dims(d.dims())).setYawRad(d.yawRad());
            d.velocity().ifPresent(v -> db.setVelocity(velocity(v)));
        }
        return b.build();
    }

    static io.avstack.core.proto.WorldModel worldModel(WorldModel m) {
        io.avstack.core.proto.WorldModel.Builder b = io.avstack.core.proto.WorldModel.newBuilder()
                .setHeader(header(m.header()));
        for (TrackedObject o : m.objects()) {
            b.addObjectsBuilder()
                    .setTrackId(o.trackId()).setCls(ProtoEnums.toProto(o.cls()))
                    .setXM(o.xM()).setYM(o.yM()).setZM(o.zM()).setYawRad(o.yawRad())
                    .setVelocity(velocity(o.velocity())).setAxMps2(o.axMps2()).setAyMps2(o.ayMps2())
                    .setDims(dims(o.dims()))
                    .setVarXM2(o.varXM2()).setVarYM2(o.varYM2())
                    .setVarVxM2Ps2(o.varVxM2ps2()).setVarVyM2Ps2(o.varVyM2ps2())
                    .setExistenceProb(o.existenceProb()).setAgeNs(o.ageNs()).setSensorMask(o.sensorMask())
                    .setCovXyM2(o.covXYM2()).setCovVxVyM2Ps2(o.covVxVyM2ps2());
        }
        m.ego().ifPresent(ego -> b.setEgo(egoState(ego)));
        b.setSensorsExpectedMask(m.sensorsExpectedMask()).setSensorsAliveMask(m.sensorsAliveMask());
        return b.build();
    }

    static io.avstack.core.proto.Trajectory trajectory(Trajectory m) {
        io.avstack.core.proto.Trajectory.Builder b = io.avstack.core.proto.Trajectory.newBuilder()
                .setHeader(header(m.header()));
        for (TrajectoryPoint p : m.points()) {
            b.addPointsBuilder()
                    .setTimeFromStartNs(p.timeFromStartNs()).setXM(p.xM()).setYM(p.yM()).setYawRad(p.yawRad())
                    .setSpeedMps(p.speedMps()).setAccelMps2(p.accelMps2()).setCurvaturePerM(p.curvaturePerM());
        }
        return b.build();
    }

    static io.avstack.core.proto.ControlCommand controlCommand(ControlCommand m) {
        return io.avstack.core.proto.ControlCommand.newBuilder()
                .setHeader(header(m.header())).setAccelMps2(m.accelMps2()).setSteeringRad(m.steeringRad()).build();
    }

    static io.avstack.core.proto.SafetyStatus safetyStatus(SafetyStatus m) {
        return io.avstack.core.proto.SafetyStatus.newBuilder()
                .setHeader(header(m.header())).setVerdict(ProtoEnums.toProto(m.verdict()))
                .setReason(m.reason()).setDegradedMode(ProtoEnums.toProto(m.degradedMode())).build();
    }

    static io.avstack.core.proto.PlanStatus planStatus(PlanStatus m) {
        return io.avstack.core.proto.PlanStatus.newBuilder()
                .setHeader(header(m.header())).setBehaviour(m.behaviour())
                .setBindingConstraint(m.bindingConstraint()).setReason(m.reason()).setFallback(m.fallback())
                .setTargetSpeedMps(m.targetSpeedMps()).setLeadTrackId(m.leadTrackId()).build();
    }

    static io.avstack.core.proto.NodeHealth nodeHealth(NodeHealth m) {
        return io.avstack.core.proto.NodeHealth.newBuilder()
                .setHeader(header(m.header())).setNode(m.node()).setState(ProtoEnums.toProto(m.state()))
                .setMessagesIn(m.messagesIn()).setMessagesOut(m.messagesOut()).setMessagesDropped(m.messagesDropped())
                .setErrors(m.errors()).setLastError(m.lastError()).setUptimeNs(m.uptimeNs()).build();
    }

    static io.avstack.core.proto.TrafficLightStates trafficLightStates(TrafficLightStates m) {
        io.avstack.core.proto.TrafficLightStates.Builder b = io.avstack.core.proto.TrafficLightStates.newBuilder()
                .setHeader(header(m.header()));
        for (TrafficLightState l : m.lights()) {
            b.addLightsBuilder().setStopLineId(l.stopLineId()).setState(ProtoEnums.toProto(l.state()));
        }
        return b.build();
    }

    static io.avstack.core.proto.GroundTruth groundTruth(GroundTruth m) {
        io.avstack.core.proto.GroundTruth.Builder b = io.avstack.core.proto.GroundTruth.newBuilder()
                .setHeader(header(m.header())).setEgoPose(pose(m.egoPose())).setEgoSpeedMps(m.egoSpeedMps());
        for (GroundTruthObject o : m.objects()) {
            b.addObjectsBuilder()
                    .setActorId(o.actorId()).setCls(ProtoEnums.toProto(o.cls())).setPose(pose(o.pose()))
                    .setDims(dims(o.dims())).setVelocity(velocity(o.velocity()));
        }
        return b.build();
    }
}
