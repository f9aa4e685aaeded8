package io.avstack.core.geom;

import io.avstack.core.config.ConfigException;
import io.avstack.core.config.Validated;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Calibration of a vehicle's sensor rig, loaded with
 * {@code ConfigLoader.load(path, Calibration.class)} (format in docs/CONFIG.md). Validated: at
 * least one sensor, unique ids, each sensor's own checks and bounds.
 *
 * @param sensors in file order
 */
public record Calibration(List<SensorCalibration> sensors) implements Validated {

    public Calibration {
        sensors = List.copyOf(sensors);
    }

    /** The sensor with this id, if any. */
    public Optional<SensorCalibration> find(String id) {
        for (SensorCalibration sensor : sensors) {
            if (sensor.id().equals(id)) {
                return Optional.of(sensor);
            }
        }
        return Optional.empty();
    }

    /**
     * The sensor with this id.
     *
     * @throws IllegalArgumentException naming the id and the known ones
     */
    public SensorCalibration sensor(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown sensor id '" + id + "'; known: " + sensors.stream().map(SensorCalibration::id).toList()));
    }

    @Override
    public void validate() {
        if (sensors.isEmpty()) {
            throw ConfigException.invalid("sensors", "[]", "a calibration lists at least one sensor");
        }
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < sensors.size(); i++) {
            Integer previous = firstIndex.putIfAbsent(sensors.get(i).id(), i);
            if (previous != null) {
                throw ConfigException.invalid("sensors[" + i + "].id", sensors.get(i).id(),
                        "duplicate sensor id (also sensors[" + previous + "])");
            }
        }
    }
}
