package io.avstack.core.config;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Config records shaped like real module configs: nested records, lists, a map, optional keys. */
final class TestConfigs {

    private TestConfigs() {
    }

    enum Transport { IN_PROCESS, MQTT }

    record AppConfig(String name, BusConfig bus, List<SensorEntry> sensors, @OptionalKey Map<String, Limit> limits)
            implements Validated {
        @Override
        public void validate() {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < sensors.size(); i++) {
                if (!seen.add(sensors.get(i).id())) {
                    throw ConfigException.invalid("sensors[" + i + "].id", sensors.get(i).id(), "duplicate sensor id");
                }
            }
        }
    }

    record BusConfig(Transport transport, MqttConfig mqtt, @OptionalKey String vehicle) {
    }

    record MqttConfig(String url, @Range(min = 1, max = 600) int keepAliveS, @Range(min = 0, max = 2) int qos) {
    }

    record SensorEntry(String id, @Range(min = 0, max = 100) double rateHz, Mount extrinsics) {
    }

    record Mount(double xM, @Range(min = -Math.PI, max = Math.PI) double yawRad) {
    }

    record Limit(@Range(min = 0) double speedMps) {
    }

    /** A record that checks itself in its constructor instead of through {@link Validated}. */
    record Window(double fromS, double toS) {
        Window {
            if (toS < fromS) {
                throw new IllegalArgumentException("toS must be >= fromS");
            }
        }
    }

    record Bounded(@Range(min = -2.5, max = 7.0) double valueM) {
    }

    record BadOptionalPrimitive(@OptionalKey int countN) {
    }

    record BadRangeOnString(@Range(min = 0, max = 1) String name) {
    }

    static final String VALID = """
            name: test-vehicle
            bus:
              transport: MQTT
              mqtt:
                url: tcp://127.0.0.1:1883
                keepAliveS: 30
                qos: 1
            sensors:
              - id: front
                rateHz: 30
                extrinsics: {xM: 1.5, yawRad: 0.0}
              - id: roof
                rateHz: 10.5
                extrinsics:
                  xM: 0.2
                  yawRad: -0.1
              - id: rear
                rateHz: 20
                extrinsics: {xM: -1.0, yawRad: 3.14159}
            """;
}
