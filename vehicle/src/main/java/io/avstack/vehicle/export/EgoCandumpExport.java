package io.avstack.vehicle.export;

import io.avstack.core.msg.EgoState;
import io.avstack.drivers.can.CanFrame;
import io.avstack.drivers.can.CandumpWriter;
import io.avstack.drivers.ego.EgoCanConfig;
import io.avstack.drivers.ego.EgoCanEncoder;
import java.io.IOException;
import java.nio.file.Path;

/** Writes ego states as vehicle CAN frames (speed, yaw rate, steering, acceleration per a signal map) in a candump log. */
final class EgoCandumpExport implements AutoCloseable {

    private final CandumpWriter out;
    private final EgoCanEncoder encoder;

    /** Creates {@code file}; fails if it exists. */
    EgoCandumpExport(Path file, EgoCanConfig signals) throws IOException {
        this.encoder = new EgoCanEncoder(signals);
        this.out = CandumpWriter.create(file, "can1");
    }

    /** Appends the frames of {@code state} at {@code timeNs} (ns since the epoch). */
    void write(EgoState state, long timeNs) throws IOException {
        for (CanFrame f : encoder.encode(timeNs, state.speedMps(), state.yawRateRadps(), state.steeringRad(),
                state.accelMps2())) {
            out.write(f);
        }
    }

    long frames() {
        return out.frames();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
