package io.avstack.sim.fault;

import io.avstack.core.msg.CameraFrame;
import io.avstack.core.msg.EgoState;
import io.avstack.core.msg.LidarScan;
import io.avstack.core.msg.Message;
import io.avstack.core.msg.RadarScan;

/**
 * The faults that change a message's content (noise, ghosts, blackout, glare, range_loss): one
 * dispatch from kind and message type to the sensor-specific operation.
 */
final class ContentFaults {

    private ContentFaults() {
    }

    /**
     * {@code m} with {@code f}'s fault applied, counting what it did; {@code m} itself (and an
     * {@code unsupported} count) when the fault does not apply to this message type.
     */
    static Message apply(ActiveFault f, Message m, BaseNoise base) {
        Message out = switch (f.spec.kind()) {
            case NOISE -> noise(f, m, base);
            case GHOSTS -> m instanceof RadarScan s ? ghosts(f, s) : null;
            case BLACKOUT -> m instanceof CameraFrame c && CameraFaults.supports(c)
                    ? CameraFaults.blackout(c, c.header().withValid(f.spec.param("reported") == 0)) : null;
            case GLARE -> m instanceof CameraFrame c && CameraFaults.supports(c)
                    ? CameraFaults.glare(c, f.spec.param("strength"), f.spec.param("x"), f.spec.param("y"),
                            f.spec.param("radius")) : null;
            case RANGE_LOSS -> m instanceof LidarScan s ? rangeLoss(f, s) : null;
            default -> throw new IllegalArgumentException("not a content fault: " + f.spec.kind());
        };
        if (out == null) {
            f.unsupported++;
            return m;
        }
        f.messages++;
        return out;
    }

    private static Message noise(ActiveFault f, Message m, BaseNoise base) {
        double k = f.spec.param("factor");
        return switch (m) {
            case LidarScan s -> LidarFaults.rangeNoise(s, BaseNoise.extraSigma(base.lidarRangeM(), k), f.rng);
            case RadarScan s -> RadarFaults.noise(s, BaseNoise.extraSigma(base.radarRangeM(), k),
                    BaseNoise.extraSigma(base.radarAzimuthRad(), k),
                    BaseNoise.extraSigma(base.radarRangeRateMps(), k), f.rng);
            case EgoState s -> EgoFaults.noise(s, base, k, f.rng);
            case CameraFrame c when CameraFaults.supports(c) ->
                    CameraFaults.pixelNoise(c, BaseNoise.extraSigma(base.cameraPixelLevels(), k), f.rng);
            default -> null;
        };
    }

    private static Message ghosts(ActiveFault f, RadarScan s) {
        RadarScan out = RadarFaults.ghosts(s, f.spec.param("rate"), Math.toRadians(f.spec.param("fov_deg")),
                f.spec.param("max_m"), f.rng);
        f.items += out.detections().size() - s.detections().size();
        return out;
    }

    private static Message rangeLoss(ActiveFault f, LidarScan s) {
        LidarScan out = LidarFaults.rangeLoss(s, f.spec.param("max_m"));
        f.items += s.pointCount() - out.pointCount();
        return out;
    }
}
