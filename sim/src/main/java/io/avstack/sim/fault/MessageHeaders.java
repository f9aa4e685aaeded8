package io.avstack.sim.fault;

import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.ControlCommand;
import io.avstack.core.msg.Detections2D;
import io.avstack.core.msg.Detections3D;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.GroundTruth;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.Message;
import io.avstack.core.msg.NodeHealth;
import io.avstack.core.msg.RadarScan;
import io.avstack.core.msg.SafetyStatus;
import io.avstack.core.msg.Trajectory;
import io.avstack.core.msg.PlanStatus;
import io.avstack.core.msg.TrafficLightStates;
import io.avstack.core.msg.WorldModel;

/** Re-headers any message, sharing its payload (arrays and lists are immutable once published). */
final class MessageHeaders {

    private MessageHeaders() {
    }

    /** {@code m}'s payload under {@code h}. The switch is exhaustive over the sealed message set. */
    static Message withHeader(Message m, Header h) {
        return switch (m) {
            case CameraFrame f -> new CameraFrame(h, f.widthPx(), f.heightPx(), f.encoding(), f.intrinsicsId(), f.data());
            case LidarScan s -> new LidarScan(h, s.xyzi(), s.ring());
            case RadarScan s -> new RadarScan(h, s.detections());
            case EgoState s -> new EgoState(h, s.pose(), s.speedMps(), s.yawRateRadps(), s.accelMps2(), s.steeringRad());
            case Detections2D d -> new Detections2D(h, d.detections());
            case Detections3D d -> new Detections3D(h, d.detections());
            case WorldModel w -> new WorldModel(h, w.objects(), w.ego(), w.sensorsExpectedMask(), w.sensorsAliveMask());
            case Trajectory t -> new Trajectory(h, t.points());
            case ControlCommand c -> new ControlCommand(h, c.accelMps2(), c.steeringRad());
            case SafetyStatus s -> new SafetyStatus(h, s.verdict(), s.reason(), s.degradedMode());
            case GroundTruth g -> new GroundTruth(h, g.egoPose(), g.egoSpeedMps(), g.objects());
            case PlanStatus p -> new PlanStatus(h, p.behaviour(), p.bindingConstraint(), p.reason(), p.fallback(),
                    p.targetSpeedMps(), p.leadTrackId());
            case TrafficLightStates l -> new TrafficLightStates(h, l.lights());
            case NodeHealth n -> new NodeHealth(h, n.node(), n.state(), n.messagesIn(), n.messagesOut(),
                    n.messagesDropped(), n.errors(), n.lastError(), n.uptimeNs());
        };
    }
}
