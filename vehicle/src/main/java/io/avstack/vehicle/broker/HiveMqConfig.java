package io.avstack.vehicle.broker;

/**
 * The {@code config.xml} the embedded HiveMQ reads: one TCP listener (MQTT 3.1.1 and 5) on the
 * configured address, in-memory persistence (nothing written but a small id file), anonymous usage
 * statistics off, the packet size limit. Every value comes from validated settings: HiveMQ exits
 * the JVM on some invalid values, and falls back to a default config (listening on 0.0.0.0:1883)
 * when the file cannot be read, which {@link EmbeddedBroker} checks for after start.
 */
final class HiveMqConfig {

    private HiveMqConfig() {
    }

    static String xml(EmbeddedBrokerSettings settings) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <hivemq>
                    <listeners>
                        <tcp-listener>
                            <port>%d</port>
                            <bind-address>%s</bind-address>
                        </tcp-listener>
                    </listeners>
                    <mqtt>
                        <packets>
                            <max-packet-size>%d</max-packet-size>
                        </packets>
                    </mqtt>
                    <persistence>
                        <mode>in-memory</mode>
                    </persistence>
                    <anonymous-usage-statistics>
                        <enabled>false</enabled>
                    </anonymous-usage-statistics>
                </hivemq>
                """.formatted(settings.port(), settings.bindAddress(), settings.maxPacketBytes());
    }
}
