package io.avstack.drivers.ego;

import io.avstack.drivers.can.CanFrame;
import io.avstack.drivers.can.CanSignal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Encodes ego signals into the vehicle CAN frames an {@link EgoCanConfig} describes: the inverse of
 * {@link EgoStateDriver}'s decoding, for exporters and tests. One 8-byte frame per message id that
 * carries a configured signal; the speed's message comes last, since the driver publishes when it
 * arrives and should see the other signals of the same instant. A value a signal cannot carry is an
 * {@link IllegalArgumentException} naming the signal.
 */
public final class EgoCanEncoder {

    private final EgoCanConfig config;
    /** Message ids in sending order (speed's last), each with its signals. */
    private final Map<Integer, List<CanSignal>> messages = new LinkedHashMap<>();

    public EgoCanEncoder(EgoCanConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        for (CanSignal s : new CanSignal[] {config.yawRate(), config.steering(), config.accel()}) {
            if (s != null && s.messageId() != config.speed().messageId()) {
                messages.computeIfAbsent(s.messageId(), id -> new ArrayList<>()).add(s);
            }
        }
        List<CanSignal> last = new ArrayList<>();
        for (CanSignal s : new CanSignal[] {config.speed(), config.yawRate(), config.steering(), config.accel()}) {
            if (s != null && s.messageId() == config.speed().messageId()) {
                last.add(s);
            }
        }
        messages.put(config.speed().messageId(), last);
    }

    /**
     * The frames for one instant; signals the map does not configure (steering, accel) are left out.
     *
     * @param timestampNs frame time, ns since the epoch
     */
    public List<CanFrame> encode(long timestampNs, double speedMps, double yawRateRadps, double steeringRad,
                                 double accelMps2) {
        List<CanFrame> frames = new ArrayList<>(messages.size());
        for (Map.Entry<Integer, List<CanSignal>> m : messages.entrySet()) {
            byte[] data = new byte[CanFrame.MAX_DATA_BYTES];
            for (CanSignal s : m.getValue()) {
                s.write(data, s.toRaw(valueOf(s, speedMps, yawRateRadps, steeringRad, accelMps2)));
            }
            int id = m.getKey();
            frames.add(new CanFrame(timestampNs, id, id > CanFrame.MAX_STANDARD_ID, data));
        }
        return frames;
    }

    private double valueOf(CanSignal s, double speedMps, double yawRateRadps, double steeringRad, double accelMps2) {
        if (s == config.speed()) {
            return speedMps;
        }
        if (s == config.yawRate()) {
            return yawRateRadps;
        }
        return s == config.steering() ? steeringRad : accelMps2;
    }
}
