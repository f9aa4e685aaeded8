package io.avstack.system.mqtt;

import io.avstack.vehicle.broker.EmbeddedBroker;
import io.avstack.vehicle.broker.EmbeddedBrokerSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link MqttBusContract} against the embedded HiveMQ broker. */
class MqttBusOnHiveMqTest extends MqttBusContract {

    private static EmbeddedBroker broker;
    private static int port;

    @BeforeAll
    static void startBroker() {
        broker = EmbeddedBroker.start(EmbeddedBrokerSettings.loopback(0));
        port = broker.port();
    }

    @AfterAll
    static void closeBroker() {
        if (broker != null) {
            broker.close();
        }
    }

    @Override
    String brokerUrl() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    void stopBroker() {
        broker.close();
    }

    /** A stopped HiveMQ cannot start again: a new one takes the same port. */
    @Override
    void startBrokerAgain() {
        broker = EmbeddedBroker.start(EmbeddedBrokerSettings.loopback(port));
    }
}
