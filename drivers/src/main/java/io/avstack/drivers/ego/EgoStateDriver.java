package io.avstack.drivers.ego;

import io.avstack.core.bus.Bus;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.Header;
import io.avstack.core.msg.Pose;
import io.avstack.drivers.can.CanFrame;

/**
 * Ego state from the vehicle's CAN bus. Keeps the latest value of each configured signal; each frame
 * carrying the speed signal publishes an {@link EgoState} stamped with that frame's time. The pose is
 * dead reckoning (odometry) from the first frame, integrating speed and yaw rate exactly along an arc
 * between frames: CAN carries no absolute position, so consumers must treat it as the odometry frame.
 * Non-finite values are never published: the frame is dropped and counted. One owning thread.
 */
public final class EgoStateDriver {

    /** A gap longer than this between speed frames is not integrated across (the pose holds). */
    private static final long MAX_INTEGRATION_GAP_NS = 1_000_000_000L;

    private final Bus bus;
    private final String topic;
    private final EgoCanConfig config;
    private double yawRateRadps;
    private double steeringRad;
    private double accelSignalMps2 = Double.NaN;
    private double xM;
    private double yM;
    private double yawRad;
    private double lastSpeedMps = Double.NaN;
    private long lastStampNs;
    private long seq;
    private long published;
    private long dropped;

    public EgoStateDriver(Bus bus, String topic, EgoCanConfig config) {
        this.bus = bus;
        this.topic = topic;
        this.config = config;
    }

    /** Handles one frame from the vehicle bus; frames without configured signals are ignored. */
    public void onFrame(CanFrame frame) {
        byte[] d = frame.data();
        if (config.yawRate().isIn(frame)) {
            yawRateRadps = finiteOr(config.yawRate().physical(d), yawRateRadps);
        }
        if (config.steering() != null && config.steering().isIn(frame)) {
            steeringRad = finiteOr(config.steering().physical(d), steeringRad);
        }
        if (config.accel() != null && config.accel().isIn(frame)) {
            accelSignalMps2 = config.accel().physical(d);
        }
        if (config.speed().isIn(frame)) {
            publish(frame.timestampNs(), config.speed().physical(d));
        }
    }

    public long published() {
        return published;
    }

    /** Speed frames dropped: non-finite values or time going backwards. */
    public long dropped() {
        return dropped;
    }

    private void publish(long stampNs, double speedMps) {
        if (!Double.isFinite(speedMps) || (published > 0 && stampNs < lastStampNs)) {
            dropped++;
            return;
        }
        double accel = config.accel() != null ? accelSignalMps2 : 0.0;
        if (published > 0) {
            long dtNs = stampNs - lastStampNs;
            if (dtNs > 0 && dtNs <= MAX_INTEGRATION_GAP_NS) {
                double dt = dtNs / 1e9;
                integrate(0.5 * (lastSpeedMps + speedMps), dt);
                if (config.accel() == null) {
                    accel = (speedMps - lastSpeedMps) / dt;
                }
            }
        }
        if (!Double.isFinite(accel)) {
            accel = 0.0;
        }
        lastSpeedMps = speedMps;
        lastStampNs = stampNs;
        bus.publish(topic, new EgoState(Header.of(config.frameId(), seq++, stampNs), Pose.planar(xM, yM, yawRad),
                speedMps, yawRateRadps, accel, steeringRad));
        published++;
    }

    /** Exact arc (constant speed and yaw rate over {@code dt}). */
    private void integrate(double speedMps, double dt) {
        double dYaw = yawRateRadps * dt;
        double distance = speedMps * dt;
        if (Math.abs(dYaw) < 1e-9) {
            xM += distance * Math.cos(yawRad + dYaw / 2);
            yM += distance * Math.sin(yawRad + dYaw / 2);
        } else {
            double radius = distance / dYaw;
            xM += radius * (Math.sin(yawRad + dYaw) - Math.sin(yawRad));
            yM -= radius * (Math.cos(yawRad + dYaw) - Math.cos(yawRad));
        }
        yawRad = Math.IEEEremainder(yawRad + dYaw, 2 * Math.PI);
    }

    private static double finiteOr(double value, double fallback) {
        return Double.isFinite(value) ? value : fallback;
    }

}
