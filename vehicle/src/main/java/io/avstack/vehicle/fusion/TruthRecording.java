package io.avstack.vehicle.fusion;

import io.avstack.core.msg.Header;
import io.avstack.fusion.truth.GroundTruthHistory;
import io.avstack.sim.run.GroundTruthSensor;
import io.avstack.sim.run.SensorModel;
import io.avstack.sim.run.SimWorld;
import java.util.function.Function;

/** Wraps a sensor model so the ground truth of each scene it measures is recorded (truth-noise stages). */
public final class TruthRecording {

    private TruthRecording() {
    }

    /** The same sensor, recording {@code GroundTruth} at each of its stamps into {@code history}. */
    public static Function<SimWorld, SensorModel> recording(Function<SimWorld, SensorModel> sensor,
            GroundTruthHistory history) {
        return world -> {
            SensorModel inner = sensor.apply(world);
            return SensorModel.of(inner.topic(), inner.rateHz(), scene -> {
                history.record(GroundTruthSensor.of(scene, Header.of("map", 0, scene.simTimeNs())));
                return inner.measure(scene);
            });
        };
    }
}
